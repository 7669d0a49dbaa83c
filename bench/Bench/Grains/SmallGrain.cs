using Orleans.Runtime;

namespace Orleans.Bench.Grains;

public sealed class SmallGrain([PersistentState("state")] IPersistentState<SmallState> state) : Grain, ISmallGrain
{
    private int _touches;

    public Task<int> Touch()
    {
        _touches++;
        return Task.FromResult(state.State.Count + _touches);
    }
}
