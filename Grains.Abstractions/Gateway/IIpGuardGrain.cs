namespace Orleans.Grains.Gateway;

/// <summary>Per-client-address limits, keyed by the address: the temporary ban after repeated failures of the
/// sensitive methods, and the daily SMS quota.</summary>
public interface IIpGuardGrain : IGrainWithStringKey
{
    /// <summary>When the current ban ends, or null when the address is not banned.</summary>
    Task<DateTimeOffset?> GetBanEnd();

    /// <summary>Counts one failure; the address is banned once the window holds the configured number.</summary>
    Task RecordFailure();

    /// <summary>Takes one SMS from today's quota of this address; false when it is used up.</summary>
    Task<bool> TryTakeSmsQuota();

    /// <summary>Everything the guard knows of the address (admins).</summary>
    Task<IpGuardStatus> GetStatus();

    /// <summary>Bans the address from now for <paramref name="duration"/> (replacing a ban in force), recording who
    /// and why; the same refusal as an automatic ban.</summary>
    Task<IpGuardStatus> Ban(TimeSpan duration, string reason, string bannedBy);

    /// <summary>Ends the ban in force and forgets the failures counted toward the next one; false when the address
    /// was not banned.</summary>
    Task<bool> Lift();
}
