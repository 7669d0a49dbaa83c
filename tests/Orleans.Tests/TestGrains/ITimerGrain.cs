namespace Orleans.Tests.TestGrains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task Start(int periodMs, int callbackMs);

    Task Stop();

    Task<int> Ticks();

    /// <summary>Gaps between the end of a tick and the start of the next, in milliseconds.</summary>
    Task<double[]> Gaps();

    Task<bool> CallSawTickRunning();
}
