namespace Orleans.Grains.Identity;

/// <summary>What a session token turned out to be.</summary>
public enum SessionStatus
{
    Valid,

    /// <summary>Never issued, logged out, malformed, or of an unknown user (Yaf 601).</summary>
    Unknown,

    /// <summary>Issued but past its sliding expiry (Yaf 601).</summary>
    Expired,

    /// <summary>A newer login took its slot (Yaf 603).</summary>
    Replaced,

    /// <summary>The password changed after it was issued (Yaf 606).</summary>
    PasswordChanged,

    /// <summary>An admin locked the user: no session of theirs works until unlocked (Yaf 503).</summary>
    Locked,
}
