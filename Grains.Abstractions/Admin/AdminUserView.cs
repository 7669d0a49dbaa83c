namespace Orleans.Grains.Admin;

/// <summary>An admin account as admins see it; never carries the password hash.</summary>
public sealed record AdminUserView(string Username, AdminRole Role, bool Enabled, DateTimeOffset CreatedAt, DateTimeOffset? LockedUntil);
