namespace Orleans.Grains.Sms;

/// <summary>The outcome of checking an SMS code.</summary>
public enum SmsCheck
{
    Correct,

    /// <summary>Wrong code (Yaf 700); the last allowed wrong try also invalidates the code.</summary>
    Wrong,

    /// <summary>No valid code: never sent, expired, already used, or invalidated.</summary>
    Expired,
}
