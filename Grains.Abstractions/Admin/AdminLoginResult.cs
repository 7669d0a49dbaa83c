namespace Orleans.Grains.Admin;

/// <summary>The outcome of a login: on success the new session token (shown once; only its hash is stored).</summary>
public sealed record AdminLoginResult(AdminLoginStatus Status, string? Token = null, DateTimeOffset? LockedUntil = null);
