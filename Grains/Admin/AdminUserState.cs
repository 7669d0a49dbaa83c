namespace Orleans.Grains.Admin;

public sealed class AdminUserState
{
    public string Username { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public AdminRole Role { get; set; } = AdminRole.Operator;

    public bool Enabled { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Sessions carry the epoch of their login; bumping it ends them all.</summary>
    public int SessionEpoch { get; set; }

    public int FailedLogins { get; set; }

    public DateTimeOffset? LastFailureAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
