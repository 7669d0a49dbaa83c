using System.Collections.Concurrent;
using Orleans;
using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>Sends a buy to the grain that sells to this buyer: the sale grain itself, or for a sharded sale the buyer's
/// home shard directly, so that the sale grain (one activation) stays off the hot path. A sale's shard count never
/// changes once it exists, so it is cached per host after the first look; unknown sales are not cached.</summary>
public sealed class SeckillShardRouter
{
    /// <summary>Bounds the cache: sales are few, but sale ids come from clients.</summary>
    private const int MaxCached = 10_000;

    private readonly ConcurrentDictionary<long, int> _shardCounts = new();

    public async Task<FlashSaleBuyResult> BuyAsync(IGrainFactory grains, long saleId, FlashSaleBuy request)
    {
        if (!_shardCounts.TryGetValue(saleId, out var shards))
        {
            shards = await grains.GetGrain<IFlashSaleGrain>(saleId).ShardCount();
            if (shards > 0)
            {
                if (_shardCounts.Count >= MaxCached)
                {
                    _shardCounts.Clear();
                }

                _shardCounts[saleId] = shards;
            }
        }

        return shards > 1
            ? await grains.GetGrain<IFlashSaleShardGrain>(FlashSaleShards.Key(saleId, FlashSaleShards.HomeOf(request.UserId, shards))).Buy(request)
            : await grains.GetGrain<IFlashSaleGrain>(saleId).Buy(request);
    }
}
