namespace Orleans.Grains.Admin;

/// <summary>Admin account and session rules, bound from the "Admin" configuration section.</summary>
public sealed class AdminGrainOptions
{
    /// <summary>A session ends after this long without a call. Default 8 hours.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Consecutive failed logins that lock an account. Default 5.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a lock lasts; failures older than this no longer count. Default 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
