using Orleans.Runtime;

namespace Orleans.Grains.Mall;

public sealed class FlashSaleIndexGrain([PersistentState("state")] IPersistentState<FlashSaleIndexState> state) : Grain, IFlashSaleIndexGrain
{
    public async Task Add(long saleId)
    {
        if (!state.State.SaleIds.Contains(saleId))
        {
            state.State.SaleIds.Add(saleId);
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<long>> List() => Task.FromResult<IReadOnlyList<long>>(state.State.SaleIds.ToList());
}
