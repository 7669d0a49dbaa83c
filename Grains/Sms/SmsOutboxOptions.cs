namespace Orleans.Grains.Sms;

/// <summary>Bound from "SmsOutbox".</summary>
public sealed class SmsOutboxOptions
{
    /// <summary>Messages kept per mobile number; older ones are dropped. Default 100.</summary>
    public int MessagesPerMobile { get; set; } = 100;
}
