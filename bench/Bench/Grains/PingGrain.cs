namespace Orleans.Bench.Grains;

public sealed class PingGrain : Grain, IPingGrain
{
    private int _calls;

    // Touches its own field so the call does a little real grain work, as a counter would.
    public Task<int> Ping(int value)
    {
        _calls++;
        return Task.FromResult(value + _calls);
    }
}
