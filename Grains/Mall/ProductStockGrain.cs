using Orleans.Runtime;

namespace Orleans.Grains.Mall;

public sealed class ProductStockGrain([PersistentState("state")] IPersistentState<ProductStockState> state, TimeProvider clock) : Grain, IProductStockGrain
{
    /// <summary>Journal entries kept: enough to audit recent admin work, small because every write of this hot
    /// flash-sale grain carries them.</summary>
    public const int JournalSize = 20;

    private ProductStockState S => state.State;

    public Task<StockLevel> Get() => Task.FromResult(new StockLevel(GetPrimaryKeyLong(), S.GoodsId, S.Available, S.Holds.Values.Sum()));

    public async Task SetGoods(long goodsId)
    {
        if (S.GoodsId != goodsId)
        {
            S.GoodsId = goodsId;
            await state.WriteStateAsync();
        }
    }

    public async Task<int?> Adjust(int delta, string reason)
    {
        if (S.Available + delta < 0)
        {
            return null;
        }

        S.Available += delta;
        S.Adjustments.Insert(0, new StockAdjustment(delta, reason, S.Available, clock.GetUtcNow()));
        if (S.Adjustments.Count > JournalSize)
        {
            S.Adjustments.RemoveRange(JournalSize, S.Adjustments.Count - JournalSize);
        }

        await state.WriteStateAsync();
        return S.Available;
    }

    public Task<IReadOnlyList<StockAdjustment>> Adjustments() => Task.FromResult<IReadOnlyList<StockAdjustment>>([.. S.Adjustments]);

    public async Task<bool> SetHold(string key, int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var held = S.Holds.GetValueOrDefault(key);
        var more = quantity - held;
        if (more == 0)
        {
            return true;
        }

        if (more > S.Available)
        {
            return false;
        }

        S.Available -= more;
        if (quantity == 0)
        {
            S.Holds.Remove(key);
        }
        else
        {
            S.Holds[key] = quantity;
        }

        await state.WriteStateAsync();
        return true;
    }

    public async Task Commit(string key)
    {
        if (S.Holds.Remove(key))
        {
            await state.WriteStateAsync();
        }
    }
}
