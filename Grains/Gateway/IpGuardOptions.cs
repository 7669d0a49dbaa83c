namespace Orleans.Grains.Gateway;

/// <summary>Per-address limits, bound from the "IpGuard" configuration section.</summary>
public sealed class IpGuardOptions
{
    /// <summary>Failures within <see cref="FailureWindow"/> that ban an address. Default 50.</summary>
    public int FailuresToBan { get; set; } = 50;

    /// <summary>Default 30 minutes.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Default 30 minutes.</summary>
    public TimeSpan BanDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>SMS messages one address may request per day. Default 50.</summary>
    public int SmsPerDay { get; set; } = 50;

    /// <summary>Offset from UTC of the calendar day that daily quotas follow. Default +08:00 (China).</summary>
    public TimeSpan DayUtcOffset { get; set; } = TimeSpan.FromHours(8);
}
