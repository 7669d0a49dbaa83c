using Orleans.Grains.Common;
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

    /// <summary>Request ids remembered: a retry comes within seconds or minutes of its original, and this many recent
    /// admin adjustments of one product cover that many times over while keeping every write of the grain small.</summary>
    public const int RememberedRequests = 50;

    public async Task<int?> Adjust(int delta, string reason)
    {
        var result = await AdjustOnce(new StockDelta(delta, reason, null));
        return result.Status == StockAdjustStatus.Applied ? result.Available : null;
    }

    public async Task<StockAdjustResult> AdjustOnce(StockDelta change)
    {
        if (change.RequestId is { } requestId && S.Requests.Find(r => r.RequestId == requestId) is { } earlier)
        {
            return earlier.Delta == change.Delta && earlier.Reason == change.Reason
                ? new StockAdjustResult(StockAdjustStatus.Repeated, earlier.Available)
                : new StockAdjustResult(StockAdjustStatus.RequestIdReused, S.Available);
        }

        if (S.Available + (long)change.Delta < 0)
        {
            return new StockAdjustResult(StockAdjustStatus.BelowZero, S.Available);
        }

        S.Available = checked(S.Available + change.Delta);
        S.Adjustments.Insert(0, new StockAdjustment(change.Delta, change.Reason, S.Available, clock.GetUtcNow()));
        Trim(S.Adjustments, JournalSize);
        if (change.RequestId is { } id)
        {
            // Remembered in the same write as the change itself, so "applied" and "remembered" cannot part.
            S.Requests.Insert(0, new StockRequestMemo(id, change.Delta, change.Reason, S.Available));
            Trim(S.Requests, RememberedRequests);
        }

        // Memory is ahead of storage until the write lands; a failed write drops the activation so the next call
        // (the admin's retry) starts from what is durable instead of a change that never happened.
        await state.WriteOrResetAsync(DeactivateOnIdle);
        return new StockAdjustResult(StockAdjustStatus.Applied, S.Available);
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

    private static void Trim<T>(List<T> list, int size)
    {
        if (list.Count > size)
        {
            list.RemoveRange(size, list.Count - size);
        }
    }
}
