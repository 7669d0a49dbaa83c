using System.Collections.Concurrent;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>Idle users, handed out one iteration at a time and rotated so load spreads over all of them. An
/// iteration that finds none idle waits; in the open loop that wait counts in latency (measured from the intended
/// send time), so too few users show up in the numbers rather than hiding.</summary>
public sealed class UserPool
{
    private readonly ConcurrentQueue<TestUser> _idle = new();
    private readonly SemaphoreSlim _available = new(0);

    public UserPool(IEnumerable<TestUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var all = users.ToList();
        Count = all.Count;
        foreach (var user in all)
        {
            Return(user);
        }
    }

    public int Count { get; }

    public async ValueTask<TestUser> TakeAsync(CancellationToken cancellationToken)
    {
        await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _idle.TryDequeue(out var user)
            ? user
            : throw new InvalidOperationException("user pool semaphore and queue disagree");
    }

    public void Return(TestUser user)
    {
        _idle.Enqueue(user);
        _available.Release();
    }
}
