namespace Orleans.Grains.Identity;

/// <summary>The outcome of a login attempt; <see cref="LockedUntil"/> is set when Locked.</summary>
public sealed record LoginAttemptResult(LoginAttemptStatus Status, DateTimeOffset? LockedUntil = null);
