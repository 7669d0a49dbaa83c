using System.Diagnostics;

namespace Orleans.Tests.TestGrains;

public sealed class TimerGrain(LifecycleProbe probe) : Grain, ITimerGrain
{
    private readonly List<double> _gaps = [];
    private IGrainTimer? _timer;
    private bool _tickRunning;
    private bool _callSawTickRunning;
    private long _lastTickEnd;
    private int _ticks;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record("deactivate", GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task Start(int periodMs, int callbackMs)
    {
        _timer = RegisterGrainTimer(async _ =>
        {
            if (_lastTickEnd != 0)
            {
                _gaps.Add(Stopwatch.GetElapsedTime(_lastTickEnd).TotalMilliseconds);
            }

            _tickRunning = true;
            await Task.Delay(callbackMs);
            _tickRunning = false;
            _ticks++;
            _lastTickEnd = Stopwatch.GetTimestamp();
        }, TimeSpan.FromMilliseconds(periodMs), TimeSpan.FromMilliseconds(periodMs));
        return Task.CompletedTask;
    }

    public Task Stop()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task<int> Ticks() => Observe(_ticks);

    public Task<double[]> Gaps() => Observe(_gaps.ToArray());

    public Task<bool> CallSawTickRunning() => Observe(_callSawTickRunning);

    private Task<T> Observe<T>(T value)
    {
        _callSawTickRunning |= _tickRunning;
        return Task.FromResult(value);
    }
}
