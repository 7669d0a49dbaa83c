namespace Orleans.Grains.Identity;

/// <summary>A session pushed out of its slot by a newer login.</summary>
public sealed class ReplacedSession
{
    public SessionSlot Slot { get; set; }

    public string TokenHash { get; set; } = string.Empty;

    public DateTimeOffset ReplacedAt { get; set; }

    public int PasswordVersion { get; set; }
}
