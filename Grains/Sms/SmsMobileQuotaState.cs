namespace Orleans.Grains.Sms;

public sealed class SmsMobileQuotaState
{
    public DateOnly Day { get; set; }

    public int Count { get; set; }
}
