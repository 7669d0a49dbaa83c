using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Orleans.Grains.Gateway;

public sealed class IpGuardGrain(
    [PersistentState("state")] IPersistentState<IpGuardState> state,
    IOptions<IpGuardOptions> options,
    TimeProvider clock) : Grain, IIpGuardGrain
{
    private IpGuardOptions Options => options.Value;

    public Task<DateTimeOffset?> GetBanEnd() =>
        Task.FromResult(state.State.BanEnd is { } end && end > clock.GetUtcNow() ? end : (DateTimeOffset?)null);

    public async Task RecordFailure()
    {
        var now = clock.GetUtcNow();
        var failures = state.State.Failures;
        failures.RemoveAll(t => now - t >= Options.FailureWindow);
        failures.Add(now);
        if (failures.Count >= Options.FailuresToBan)
        {
            state.State.BanEnd = now + Options.BanDuration;
            failures.Clear();
        }

        await state.WriteStateAsync();
    }

    public async Task<bool> TryTakeSmsQuota()
    {
        var today = DateOnly.FromDateTime((clock.GetUtcNow() + Options.DayUtcOffset).UtcDateTime);
        if (state.State.SmsDay != today)
        {
            state.State.SmsDay = today;
            state.State.SmsCount = 0;
        }

        if (state.State.SmsCount >= Options.SmsPerDay)
        {
            return false;
        }

        state.State.SmsCount++;
        await state.WriteStateAsync();
        return true;
    }
}
