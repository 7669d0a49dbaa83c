namespace Orleans.Grains.Mall;

/// <summary>A sharded sale: the shards sell, this grain sets them up, adds their counters up and settles the stock.
/// It calls shards but no shard ever calls it, so the two can never wait on each other. Setups are pushed lazily (on
/// the first call after a change or a crash, never from activation) and carry a revision, so a push that was cut off
/// is simply repeated.</summary>
public sealed partial class FlashSaleGrain
{
    // Settling sums the shards and then sets the hold; two of these interleaving could let an older sum land last.
    private readonly SemaphoreSlim _holdGate = new(1, 1);

    private IFlashSaleShardGrain Shard(int index) => GrainFactory.GetGrain<IFlashSaleShardGrain>(FlashSaleShards.Key(Id, index));

    private IEnumerable<IFlashSaleShardGrain> AllShards() => Enumerable.Range(0, S.Definition!.Shards).Select(Shard);

    private async Task<FlashSaleBuyResult> BuyInHomeShardAsync(FlashSaleBuy request)
    {
        await EnsureShardsAsync();
        return await Shard(FlashSaleShards.HomeOf(request.UserId, S.Definition!.Shards)).Buy(request);
    }

    private async Task EnsureShardsAsync()
    {
        if (!Sharded || S.ShardsRevision >= S.Revision)
        {
            return;
        }

        var revision = S.Revision;
        var d = S.Definition!;
        await Task.WhenAll(Enumerable.Range(0, d.Shards).Select(i => Shard(i).Configure(new FlashSaleShardSetup(
            Id, i, FlashSaleShards.Share(d.Quota, d.Shards, i), revision, d, S.GoodsId, S.GoodsName, S.SpecVal, S.GoodsImage, S.MarketPrice, S.Stopped))));
        if (S.ShardsRevision < revision)
        {
            S.ShardsRevision = revision;
            await SaveHeaderAsync();
        }
    }

    private async Task<IReadOnlyList<FlashSaleShardView>> ShardViewsAsync(bool current = false)
    {
        await EnsureShardsAsync();
        var views = await Task.WhenAll(AllShards().Select(s => s.Get(current)));
        return views.Select((v, i) => v ?? throw new InvalidOperationException($"Shard {i} of flash sale {Id} is not set up.")).ToList();
    }

    private async Task<FlashSaleView> GetShardedAsync(FlashSaleDefinition d, bool current)
    {
        await SettleIfOverAsync();
        var shards = await ShardViewsAsync(current);
        var rejections = new Dictionary<string, long>(S.Rejections, StringComparer.Ordinal);
        foreach (var (reason, count) in shards.SelectMany(s => s.Rejections))
        {
            rejections[reason] = rejections.GetValueOrDefault(reason) + count;
        }

        return View(d, shards.Sum(s => s.Sold), shards.Sum(s => s.Orders), rejections, shards);
    }

    /// <summary>Every shard is asked, as a closed order names its sale but not its shard; only the one that sold it
    /// (the buyer's home shard) knows it, and it gives the quantity back once.</summary>
    private async Task ReturnToShardAsync(string orderSn)
    {
        await EnsureShardsAsync();
        await Task.WhenAll(AllShards().Select(s => s.ReturnOrder(orderSn)));
    }

    private async Task SyncShardedHoldAsync()
    {
        await _holdGate.WaitAsync();
        try
        {
            var sold = (await ShardViewsAsync()).Sum(s => s.Sold);
            await GrainFactory.GetGrain<IProductStockGrain>(S.Definition!.ProductId).SetHold(HoldKey, sold);
        }
        finally
        {
            _holdGate.Release();
        }
    }
}
