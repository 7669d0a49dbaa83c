using Orleans.Runtime;

namespace Orleans.Grains.Common;

public sealed class IdGeneratorGrain([PersistentState("state")] IPersistentState<IdGeneratorState> state) : Grain, IIdGeneratorGrain
{
    public Task<long> Next() => NextBlock(1);

    public async Task<long> NextBlock(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var first = state.State.Last + 1;
        state.State.Last += size;
        await state.WriteStateAsync();
        return first;
    }
}
