namespace Orleans.Grains.Mall;

/// <summary>One flash sale, keyed by its id. Decisions are made in memory, one at a time, and made durable by
/// group-committed writes before any buyer hears "yes"; once sold out it answers without touching storage. A sale
/// created with several shards keeps its definition, the stock hold and the summed counters here, and its quota in
/// <see cref="IFlashSaleShardGrain"/>s.</summary>
public interface IFlashSaleGrain : IGrainWithIntegerKey
{
    /// <summary>Creates the sale, taking its quota out of the product's stock.</summary>
    Task<FlashSaleChange> Create(FlashSaleDefinition definition);

    /// <summary>Changes a sale that has not started; the quota difference moves between stock and sale.</summary>
    Task<FlashSaleChange> Update(FlashSaleDefinition definition);

    /// <summary>Ends the sale now; unsold quota goes back to the product's stock.</summary>
    Task<FlashSaleChange> Stop();

    /// <summary>The sale and its counters. With <paramref name="current"/>, counters are checked against the ledger
    /// in storage first (for admins): an activation that another one (a silo that briefly believed it owned the
    /// sale) has written past answers from storage and goes away, instead of from its stale memory.</summary>
    Task<FlashSaleView?> Get(bool current = false);

    /// <summary>Buys; a sharded sale passes the buy to the buyer's home shard (the API host goes there directly).</summary>
    Task<FlashSaleBuyResult> Buy(FlashSaleBuy request);

    /// <summary>How many stock shards the sale has (1 = unsharded), or 0 when there is no such sale; fixed once created.</summary>
    Task<int> ShardCount();

    /// <summary>Takes back the quantity of a closed order (quota, or stock once the sale is over); once per order.</summary>
    Task ReturnOrder(string orderSn);
}
