namespace Orleans.Runtime;

/// <summary>A grain timer: each tick is queued as a turn of the activation, and the next tick is armed only after
/// that turn completes, so ticks never overlap each other or the grain's calls.</summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly ActivationData _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly Timer _timer;
    private readonly CancellationTokenSource _disposed = new();
    private TimeSpan _period;

    public GrainTimer(ActivationData activation, Func<CancellationToken, Task> callback, TimeSpan period)
    {
        _activation = activation;
        _callback = callback;
        _period = period;
        _timer = new Timer(static state => ((GrainTimer)state!).OnTick(), this, Timeout.Infinite, Timeout.Infinite);
    }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        _period = period;
        _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private void OnTick()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        var turn = new SystemTurn(
            "timer",
            _ => _callback(_disposed.Token),
            AfterTick,
            isExclusive: !_activation.GrainClass.IsReentrant);
        if (!_activation.TryEnqueue(turn))
        {
            Dispose();
        }
    }

    private void AfterTick(Task tick)
    {
        if (tick.Exception is { } failure)
        {
            SiloLog.TimerFailed(_activation.Logger, failure.InnerException ?? failure, _activation.GrainId);
        }

        if (_disposed.IsCancellationRequested || _period == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        try
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed between the check and the call (by the callback's own grain, or deactivation): no next tick.
        }
    }
}
