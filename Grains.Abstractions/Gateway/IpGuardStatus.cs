namespace Orleans.Grains.Gateway;

/// <summary>What the guard of one address knows: the ban in force (null <paramref name="BanEnd"/> when none), who or
/// what banned it and why, the failures counting toward an automatic ban, and SMS sent today.</summary>
public sealed record IpGuardStatus(
    DateTimeOffset? BanEnd,
    DateTimeOffset? BannedAt,
    string? BannedBy,
    string? BanReason,
    int RecentFailures,
    int SmsToday);
