namespace Orleans.Grains.Sms;

public enum SmsSendStatus
{
    Sent,

    /// <summary>The previous code of this (template, mobile) went out less than the send interval ago.</summary>
    IntervalTooShort,

    /// <summary>The number has had its daily number of messages.</summary>
    MobileDailyLimit,

    /// <summary>The requesting address has had its daily number of messages.</summary>
    IpDailyLimit,
}
