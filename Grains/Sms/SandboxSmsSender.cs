namespace Orleans.Grains.Sms;

/// <summary>Sends nothing: records each message in the mobile's sandbox outbox, where admins and tests read it.</summary>
public sealed class SandboxSmsSender(IGrainFactory grains) : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default) =>
        grains.GetGrain<ISmsOutboxGrain>(message.Mobile).Append(message);
}
