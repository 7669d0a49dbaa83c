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
}
