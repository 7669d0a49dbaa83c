namespace Orleans.Grains.Sms;

/// <summary>Verification codes, bound from the "Sms" configuration section. The per-address daily cap is
/// <c>IpGuard:SmsPerDay</c> (default 50).</summary>
public sealed class SmsOptions
{
    /// <summary>How long a code is valid. Default 10 minutes.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Least time between two sends of one (template, mobile). Default 60 seconds.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Messages per mobile number per day, over all templates. Default 10.</summary>
    public int PerMobilePerDay { get; set; } = 10;

    /// <summary>Wrong tries that invalidate a code (the last of them included). Default 3.</summary>
    public int MaxWrongTries { get; set; } = 3;

    /// <summary>Offset from UTC of the calendar day that daily quotas follow. Default +08:00 (China).</summary>
    public TimeSpan DayUtcOffset { get; set; } = TimeSpan.FromHours(8);
}
