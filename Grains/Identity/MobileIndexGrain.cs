using Microsoft.Extensions.Options;
using Orleans.Grains.Common;
using Orleans.Grains.Mall;
using Orleans.Runtime;

namespace Orleans.Grains.Identity;

/// <summary>Non-reentrant on purpose: a registration runs start to finish in one turn, so a second registration of
/// the same number waits and then finds it taken.</summary>
public sealed class MobileIndexGrain(
    [PersistentState("state")] IPersistentState<MobileIndexState> state,
    IOptions<RegistrationOptions> options) : Grain, IMobileIndexGrain
{
    public const string UserIdSequence = "user";

    public Task<long?> Lookup() => Task.FromResult(state.State.Completed ? state.State.UserId : (long?)null);

    public async Task<RegistrationResult> Register(string password)
    {
        if (state.State.Completed)
        {
            return new RegistrationResult(false, state.State.UserId);
        }

        if (state.State.UserId == 0)
        {
            state.State.UserId = await GrainFactory.GetGrain<IIdGeneratorGrain>(UserIdSequence).Next();
            await state.WriteOrResetAsync(DeactivateOnIdle);
        }

        var userId = state.State.UserId;
        await GrainFactory.GetGrain<IUserGrain>(userId).Create(GetPrimaryKeyString(), password);
        if (options.Value.RegistrationBonus > 0)
        {
            // The reference makes the credit idempotent, so a retried registration never pays twice.
            await GrainFactory.GetGrain<IWalletGrain>(userId)
                .Credit($"register-bonus:{userId}", options.Value.RegistrationBonus, "注册奖励", null);
        }

        state.State.Completed = true;
        await state.WriteOrResetAsync(DeactivateOnIdle);
        return new RegistrationResult(true, userId);
    }
}
