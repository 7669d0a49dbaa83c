namespace Orleans.Grains.Identity;

/// <summary>A live session: only the SHA-256 of its token is stored.</summary>
public sealed class SessionEntry
{
    public SessionSlot Slot { get; set; }

    public string TokenHash { get; set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>The stored expiry; slides smaller than SlideWriteInterval live only in memory until the next write.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public int PasswordVersion { get; set; }
}
