namespace Orleans.Grains.Identity;

/// <summary>A user as admin lists show it (a row of the users read model, projected by the user grain).</summary>
public sealed record UserListing(
    long UserId,
    string Mobile,
    string OpenId,
    string Nickname,
    DateTimeOffset RegisteredAt,
    bool Locked,
    DateTimeOffset? LockedAt,
    string? LockReason);
