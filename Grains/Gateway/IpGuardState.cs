namespace Orleans.Grains.Gateway;

public sealed class IpGuardState
{
    public List<DateTimeOffset> Failures { get; set; } = [];

    public DateTimeOffset? BanEnd { get; set; }

    public DateTimeOffset? BannedAt { get; set; }

    /// <summary>The admin who banned the address; null for an automatic ban.</summary>
    public string? BannedBy { get; set; }

    public string? BanReason { get; set; }

    public DateOnly SmsDay { get; set; }

    public int SmsCount { get; set; }
}
