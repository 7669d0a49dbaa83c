using System.Diagnostics;

namespace Orleans.Runtime;

/// <summary>A unit of work addressed to one activation: a grain call, a timer tick or a lifecycle step. It is also
/// the SynchronizationContext its code runs under, so every continuation of that code is queued back to the same
/// activation, and a call made from it knows its caller (for deadlock detection).</summary>
internal abstract class Message : SynchronizationContext
{
    protected Message(Message? parent, bool isExclusive, bool keepsAlive)
    {
        Parent = parent;
        IsExclusive = isExclusive;
        KeepsAlive = keepsAlive;
        SentAt = Stopwatch.GetTimestamp();
    }

    /// <summary>The request whose code sent this message, when sent from grain code.</summary>
    public Message? Parent { get; }

    /// <summary>False when the message may interleave with other requests (reentrant grain, AlwaysInterleave).</summary>
    public bool IsExclusive { get; }

    /// <summary>Whether finishing this message counts as activity for idle collection (timer ticks do not).</summary>
    public bool KeepsAlive { get; }

    public long SentAt { get; }

    /// <summary>True for a call that arrived from another process over the cluster transport.</summary>
    public bool IsRemote { get; init; }

    /// <summary>The activation the message was queued on.</summary>
    public ActivationData? Target { get; set; }

    /// <summary>True once the sender has its answer (a result, an exception, or a timeout).</summary>
    public abstract bool IsAnswered { get; }

    /// <summary>Runs the grain code of this message and returns its task.</summary>
    public abstract Task Invoke(ActivationData activation);

    /// <summary>Hands the outcome of <see cref="Invoke"/> to the sender.</summary>
    public abstract void Complete(Task task);

    /// <summary>Answers the sender with an exception without running anything (timeout, deadlock, failed activation).</summary>
    public abstract void Fail(Exception exception);

    public abstract string Describe();

    public override void Post(SendOrPostCallback d, object? state)
    {
        var target = Target ?? throw new InvalidOperationException("Message has no target activation.");
        target.Post(this, d, state);
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send is not supported on a grain activation.");

    public override SynchronizationContext CreateCopy() => this;
}
