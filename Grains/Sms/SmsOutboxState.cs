namespace Orleans.Grains.Sms;

public sealed class SmsOutboxState
{
    /// <summary>Newest first.</summary>
    public List<SmsMessage> Messages { get; set; } = [];
}
