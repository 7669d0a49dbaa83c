namespace Orleans.Grains.Sms;

/// <summary>Delivers a text message. The default is <see cref="SandboxSmsSender"/>; a real vendor is another
/// implementation registered in its place. Called inside the sending code grain's turn, after the code is stored.</summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default);
}
