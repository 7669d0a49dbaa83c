namespace Orleans.Tests.TestGrains;

public abstract class SequenceGrainBase : Grain, ISequence
{
    private readonly List<int> _values = [];
    private int _inProgress;
    private int _maxInProgress;
    private int _executing;
    private bool _ranInParallel;

    public async Task Append(int value, int delayMs)
    {
        Enter();
        _inProgress++;
        _maxInProgress = Math.Max(_maxInProgress, _inProgress);
        Exit();
        await Task.Delay(delayMs);
        Enter();
        _values.Add(value);
        _inProgress--;
        Exit();
    }

    public Task<int[]> GetValues() => Task.FromResult(_values.ToArray());

    public Task<int> MaxInProgress() => Task.FromResult(_maxInProgress);

    public Task<bool> RanInParallel() => Task.FromResult(_ranInParallel);

    public Task<int> InProgressNow() => Task.FromResult(_inProgress);

    // Detects two threads inside grain code at once; the spin widens the window so an overlap would be seen.
    private void Enter()
    {
        if (Interlocked.Increment(ref _executing) > 1)
        {
            _ranInParallel = true;
        }

        Thread.SpinWait(2000);
    }

    private void Exit() => Interlocked.Decrement(ref _executing);
}
