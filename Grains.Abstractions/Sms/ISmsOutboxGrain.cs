namespace Orleans.Grains.Sms;

/// <summary>The sandbox outbox of one mobile number (keyed by the number): what the sandbox SMS sender recorded
/// instead of sending, for admins and tests to read.</summary>
public interface ISmsOutboxGrain : IGrainWithStringKey
{
    Task Append(SmsMessage message);

    /// <summary>The most recent messages, newest first.</summary>
    Task<IReadOnlyList<SmsMessage>> List(int limit);
}
