namespace Orleans.Tools.LoadTest.Running;

/// <summary>Ends the load phase: duration elapsed, request budget spent, sold out, Ctrl+C or a failure. The first
/// reason given is the one reported.</summary>
public sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long? _budget;
    private bool _budgetSpent;
    private long _started;
    private string? _reason;

    public StopSignal(long? budget) => _budget = budget;

    public CancellationToken Token => _source.Token;

    public bool IsStopped => _source.IsCancellationRequested || Volatile.Read(ref _budgetSpent);

    /// <summary>Completes when the run is told to stop; for waits that end without an exception.</summary>
    public Task Stopped => _stopped.Task;

    public string Reason => Volatile.Read(ref _reason) ?? "running";

    public long Started => Volatile.Read(ref _started);

    /// <summary>Claims one iteration of the budget; false (and stops) once it is spent.</summary>
    public bool TryStartIteration()
    {
        if (IsStopped)
        {
            return false;
        }

        var n = Interlocked.Increment(ref _started);
        if (_budget is { } budget && n > budget)
        {
            Interlocked.Decrement(ref _started);

            // No cancel: the iterations already claimed are part of the budget and must finish, or a budget of N
            // would measure fewer than N.
            Volatile.Write(ref _budgetSpent, true);
            Interlocked.CompareExchange(ref _reason, "requests", null);
            _stopped.TrySetResult();
            return false;
        }

        return true;
    }

    public void Stop(string reason)
    {
        Interlocked.CompareExchange(ref _reason, reason, null);
        _source.Cancel();
        _stopped.TrySetResult();
    }

    public void StopAfter(TimeSpan duration, string reason)
    {
        _ = Task.Delay(duration, _source.Token).ContinueWith(
            _ => Stop(reason),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
    }

    public void Dispose() => _source.Dispose();
}
