using System.Diagnostics;

namespace Orleans.Runtime;

/// <summary>A unit of work addressed to one activation: a grain call, a timer tick or a lifecycle step. It is also
/// the SynchronizationContext its code runs under, so every continuation of that code is queued back to the same
/// activation, and a call made from it knows its caller (for deadlock detection).</summary>
internal abstract class Message : SynchronizationContext
{
    private long _chainId;

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

    /// <summary>For a call that arrived from another process: the <see cref="ChainId"/>s of the requests that were
    /// waiting for it, in any process, nearest first. Lets a silo see that a call it receives waits, through other
    /// silos, on a request it is running itself (a cross-silo deadlock).</summary>
    public IReadOnlyList<long> RemoteChain { get; init; } = [];

    /// <summary>A random id by which other processes name this message in <see cref="RemoteChain"/>; drawn the first
    /// time a call made from this message leaves the process.</summary>
    public long ChainId
    {
        get
        {
            if (_chainId == 0)
            {
                Interlocked.CompareExchange(ref _chainId, Random.Shared.NextInt64(1, long.MaxValue), 0);
            }

            return _chainId;
        }
    }

    /// <summary>The <see cref="ChainId"/> if one was drawn, otherwise 0 (no call from this message left the process,
    /// so no chain can name it).</summary>
    public long DrawnChainId => Volatile.Read(ref _chainId);

    /// <summary>The chain a call sent from this message carries to another process: this message, its local
    /// ancestors, then the chain its remote ancestor arrived with (at most <paramref name="max"/> ids).</summary>
    public IReadOnlyList<long> ChainFrom(int max)
    {
        var chain = new List<long>();
        for (var message = this; message is not null && chain.Count < max; message = message.Parent)
        {
            chain.Add(message.ChainId);
            if (message.Parent is null)
            {
                chain.AddRange(message.RemoteChain.Take(max - chain.Count));
            }
        }

        return chain;
    }

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
