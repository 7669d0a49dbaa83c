using Orleans.Concurrency;

namespace Orleans.Grains.Mall;

/// <summary>One stock shard of a sharded flash sale, keyed <see cref="FlashSaleShards.Key"/>. It owns part of the quota
/// and sells it to the buyers whose home it is (so per-user limits and request tokens have one authority per user),
/// exactly like an unsharded sale grain; when its part runs out it borrows from the other shards. Shards call only
/// each other's loan methods, which never call another shard, so shard calls cannot form a cycle.</summary>
public interface IFlashSaleShardGrain : IGrainWithStringKey
{
    /// <summary>Sets the shard up, changes a sale that has not started, or stops it; a setup no newer than the current
    /// one changes nothing.</summary>
    Task Configure(FlashSaleShardSetup setup);

    Task<FlashSaleBuyResult> Buy(FlashSaleBuy request);

    /// <summary>Takes back the quantity of a closed order this shard sold; false when the order is not this shard's.</summary>
    Task<bool> ReturnOrder(string orderSn);

    /// <summary>The shard's counters; null before it is set up.</summary>
    /// <summary>The shard's counters; <paramref name="current"/> as in <see cref="IFlashSaleGrain.Get"/>.</summary>
    Task<FlashSaleShardView?> Get(bool current = false);

    /// <summary>Spare quota, answered from memory; <paramref name="knownLoans"/> is how many loans from this shard the borrower knows of.</summary>
    [AlwaysInterleave]
    Task<QuotaOffer> Probe(int borrower, int knownLoans);

    /// <summary>Gives up to the wanted quota (0 when it cannot spare the needed part); durable before it answers. The
    /// same loan id answers the same quantity.</summary>
    [AlwaysInterleave]
    Task<int> Lend(QuotaRequest request);
}
