namespace Orleans.Grains.Gateway;

public sealed class IpGuardState
{
    public List<DateTimeOffset> Failures { get; set; } = [];

    public DateTimeOffset? BanEnd { get; set; }

    public DateOnly SmsDay { get; set; }

    public int SmsCount { get; set; }
}
