namespace Orleans.Grains.Identity;

public sealed class UserState
{
    public string Mobile { get; set; } = string.Empty;

    public string OpenId { get; set; } = string.Empty;

    public string Nickname { get; set; } = string.Empty;

    public string HeadImage { get; set; } = string.Empty;

    public string Intro { get; set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; set; }

    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>Bumped on every password change; a session issued under an older version answers 606. A counter,
    /// not a time, so a change in the same clock tick as a login still counts.</summary>
    public int PasswordVersion { get; set; }

    /// <summary>Set by an admin: no login and no session while true.</summary>
    public bool Locked { get; set; }

    public DateTimeOffset? LockedAt { get; set; }

    public string? LockReason { get; set; }

    /// <summary>The current session of each slot (at most one per slot).</summary>
    public List<SessionEntry> Sessions { get; set; } = [];

    /// <summary>Recently replaced sessions, so their tokens answer 603 instead of 601.</summary>
    public List<ReplacedSession> Replaced { get; set; } = [];
}
