namespace Orleans.Grains.Sms;

/// <summary>One text message as sent (or, in the sandbox, as it would have been sent).</summary>
public sealed record SmsMessage(string Mobile, string Template, string Code, string Text, DateTimeOffset SentAt);
