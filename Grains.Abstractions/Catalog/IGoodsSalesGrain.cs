namespace Orleans.Grains.Catalog;

/// <summary>Sales counts of one goods (keyed by goods id), kept up to date by the order grain: once when an order is
/// created and once when it is closed. Each change is durable before the call returns and then projected to the
/// goods-sales read model, which goods.list reads with one indexed query per page.</summary>
public interface IGoodsSalesGrain : IGrainWithIntegerKey
{
    /// <summary>Records an order's contribution. Idempotent per order and state: the grain remembers the recent
    /// orders it counted and what it last recorded for each, so a repeated call changes nothing.</summary>
    Task Record(GoodsSale sale);

    Task<GoodsSales> Get();
}
