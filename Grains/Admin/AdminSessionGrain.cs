using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Orleans.Grains.Admin;

public sealed class AdminSessionGrain(
    [PersistentState("state")] IPersistentState<AdminSessionState> state,
    IOptions<AdminGrainOptions> options,
    TimeProvider clock) : Grain, IAdminSessionGrain
{
    /// <summary>The expiry is written only when it moves by more than this, so a busy admin console does not write
    /// on every call; the session may thus end up to this much earlier than a strict sliding expiry would.</summary>
    private static readonly TimeSpan SlideGranularity = TimeSpan.FromMinutes(1);

    public async Task Open(AdminSessionOpen session)
    {
        state.State = new AdminSessionState
        {
            Username = session.Username,
            Epoch = session.Epoch,
            ExpiresAt = clock.GetUtcNow() + options.Value.SessionLifetime,
        };
        await state.WriteStateAsync();
    }

    public async Task<AdminSession?> Check()
    {
        if (!state.RecordExists)
        {
            // Guessed or stale tokens: nothing to keep in memory.
            DeactivateOnIdle();
            return null;
        }

        var now = clock.GetUtcNow();
        var role = state.State.ExpiresAt > now
            ? await GrainFactory.GetGrain<IAdminUserGrain>(state.State.Username).Authorize(state.State.Epoch)
            : null;
        if (role is null)
        {
            await Close();
            return null;
        }

        var slid = now + options.Value.SessionLifetime;
        if (slid - state.State.ExpiresAt > SlideGranularity)
        {
            state.State.ExpiresAt = slid;
            await state.WriteStateAsync();
        }

        return new AdminSession(state.State.Username, role.Value);
    }

    public async Task Close()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        DeactivateOnIdle();
    }
}
