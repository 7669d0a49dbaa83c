namespace Orleans.Grains.Sms;

public sealed class SmsCodeState
{
    /// <summary>The current code, or null when none is valid (used, invalidated, or never sent).</summary>
    public string? Code { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public int WrongTries { get; set; }

    public DateTimeOffset? LastSentAt { get; set; }
}
