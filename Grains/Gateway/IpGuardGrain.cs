using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Orleans.Grains.Gateway;

public sealed class IpGuardGrain(
    [PersistentState("state")] IPersistentState<IpGuardState> state,
    IOptions<IpGuardOptions> options,
    TimeProvider clock) : Grain, IIpGuardGrain
{
    public const string AutomaticBanReason = "too many failed calls";

    /// <summary>Longest ban an admin can set; bounds a mistyped duration.</summary>
    public static readonly TimeSpan MaxBan = TimeSpan.FromDays(3650);

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
            state.State.BannedAt = now;
            state.State.BannedBy = null;
            state.State.BanReason = AutomaticBanReason;
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

    public Task<IpGuardStatus> GetStatus() => Task.FromResult(Status(clock.GetUtcNow()));

    public async Task<IpGuardStatus> Ban(TimeSpan duration, string reason, string bannedBy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(duration, MaxBan);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(bannedBy);
        var now = clock.GetUtcNow();
        state.State.BanEnd = now + duration;
        state.State.BannedAt = now;
        state.State.BannedBy = bannedBy;
        state.State.BanReason = reason;
        await state.WriteStateAsync();
        return Status(now);
    }

    public async Task<bool> Lift()
    {
        var now = clock.GetUtcNow();
        if (state.State.BanEnd is not { } end || end <= now)
        {
            return false;
        }

        state.State.BanEnd = null;
        state.State.BannedAt = null;
        state.State.BannedBy = null;
        state.State.BanReason = null;

        // Otherwise the next failure could ban the address again at once.
        state.State.Failures.Clear();
        await state.WriteStateAsync();
        return true;
    }

    private IpGuardStatus Status(DateTimeOffset now)
    {
        var banned = state.State.BanEnd is { } end && end > now;
        var today = DateOnly.FromDateTime((now + Options.DayUtcOffset).UtcDateTime);
        return new IpGuardStatus(
            banned ? state.State.BanEnd : null,
            banned ? state.State.BannedAt : null,
            banned ? state.State.BannedBy : null,
            banned ? state.State.BanReason : null,
            state.State.Failures.Count(t => now - t < Options.FailureWindow),
            state.State.SmsDay == today ? state.State.SmsCount : 0);
    }
}
