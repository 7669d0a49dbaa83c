using Orleans.Runtime;

namespace Orleans.Grains.Mall;

public sealed class GoodsGrain([PersistentState("state")] IPersistentState<GoodsState> state) : Grain, IGoodsGrain
{
    public Task<GoodsInfo?> Get() => Task.FromResult(state.State.Goods);

    public async Task Save(GoodsInfo goods)
    {
        if (goods.GoodsId != GetPrimaryKeyLong())
        {
            throw new ArgumentException("The goods id differs from the grain's key.", nameof(goods));
        }

        state.State.Goods = goods;
        await state.WriteStateAsync();
        await Task.WhenAll(goods.Products.Select(p => GrainFactory.GetGrain<IProductStockGrain>(p.ProductId).SetGoods(goods.GoodsId)));
    }
}
