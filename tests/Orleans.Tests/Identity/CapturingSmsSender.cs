using System.Collections.Concurrent;
using Orleans.Grains.Sms;

namespace Orleans.Tests.Identity;

/// <summary>An <see cref="ISmsSender"/> that keeps messages in memory, for tests to read the codes sent.</summary>
public sealed class CapturingSmsSender : ISmsSender
{
    private readonly ConcurrentQueue<SmsMessage> _messages = new();

    public IReadOnlyList<SmsMessage> Messages => [.. _messages];

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>The code of the newest message of this (mobile, template).</summary>
    public string LatestCode(string mobile, string template) =>
        Messages.LastOrDefault(m => m.Mobile == mobile && m.Template == template)?.Code
        ?? throw new InvalidOperationException($"No {template} message was sent to {mobile}.");

    public int CountFor(string mobile) => Messages.Count(m => m.Mobile == mobile);
}
