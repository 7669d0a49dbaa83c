namespace Orleans.Grains.Mall;

/// <summary>The stock of one product, keyed by product id. Every change is a reservation or a delta, each keyed
/// so that a retry never applies twice.</summary>
public interface IProductStockGrain : IGrainWithIntegerKey
{
    Task<StockLevel> Get();

    /// <summary>Records which goods this product belongs to (set by the goods grain).</summary>
    Task SetGoods(long goodsId);

    /// <summary>Adds (or with a negative delta removes) stock; refuses to go below zero. Answers the new available stock, or null if refused.
    /// Each applied change is kept, with its reason, in a short journal (<see cref="Adjustments"/>).</summary>
    Task<int?> Adjust(int delta, string reason);

    /// <summary>As <see cref="Adjust(int, string)"/>, once per request id: the product remembers the ids of its most
    /// recent adjustments durably, and a retry of one answers <see cref="StockAdjustStatus.Repeated"/> with the stock
    /// the first call answered.</summary>
    Task<StockAdjustResult> AdjustOnce(StockDelta change);

    /// <summary>The most recent manual adjustments, newest first.</summary>
    Task<IReadOnlyList<StockAdjustment>> Adjustments();

    /// <summary>Sets what <paramref name="key"/> (an order_sn, or "seckill:{id}" for a flash sale's quota) holds to
    /// exactly <paramref name="quantity"/>: growing takes from available stock (false when there is not enough),
    /// shrinking gives back. Idempotent, so a retry after a crash never takes or gives twice.</summary>
    Task<bool> SetHold(string key, int quantity);

    /// <summary>Marks what <paramref name="key"/> holds as sold for good (the hold is forgotten, stock stays taken).</summary>
    Task Commit(string key);
}
