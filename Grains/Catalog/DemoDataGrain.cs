using Orleans.Runtime;

namespace Orleans.Grains.Catalog;

public sealed class DemoDataGrain([PersistentState("state")] IPersistentState<DemoDataState> state) : Grain, IDemoDataGrain
{
    public Task<DemoDataStatus> Get() => Task.FromResult(state.State.Status);

    public async Task Set(DemoDataStatus status)
    {
        if (state.State.Status != status)
        {
            state.State.Status = status;
            await state.WriteStateAsync();
        }
    }
}
