using Orleans.Configuration;
using Orleans.Grains.Mall;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall.Shards;

/// <summary>A sharded sale after a restart on SQLite: every shard reloads and reconciles its own ledger and loans, and
/// the sale's counters, the stock, wallets and order lists still agree.</summary>
public sealed class ShardedSaleRestartTests
{
    [Fact]
    public async Task Orders_loans_and_counters_of_every_shard_survive_a_restart_and_agree()
    {
        var cluster = await TestCluster.StartAsync(o => o.Provider = StorageProviderKind.Sqlite);
        var seed = new MallSeed(cluster.GrainFactory);
        var productId = await seed.GoodsAsync(9, stock: 100);
        var sale = cluster.GrainFactory.GetGrain<IFlashSaleGrain>(9);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(FlashSaleChange.Ok, await sale.Create(new FlashSaleDefinition(productId, 40, 2, now.AddMinutes(-1), now.AddHours(1), 0, Shards: 4)));
        Assert.Equal(4, await sale.ShardCount());

        // Users of one home shard only, so that shard sells out and must borrow from the others.
        var users = Enumerable.Range(1000, 400).Select(i => (long)i).Where(u => FlashSaleShards.HomeOf(u, 4) == 2).Take(30).ToArray();
        foreach (var user in users)
        {
            await seed.GoldAsync(user, 10);
        }

        var tokens = await Task.WhenAll(users.Select(seed.TokenAsync));
        var results = await Task.WhenAll(users.Select((u, i) => Task.Run(() => sale.Buy(new FlashSaleBuy(u, 1, tokens[i], MallSeed.Address)))));
        Assert.All(results, r => Assert.Equal(FlashSaleOutcome.Ok, r.Outcome));
        var before = (await sale.Get())!;
        Assert.True(before.Shards[2].Borrowed >= 20, $"shard 2 borrowed {before.Shards[2].Borrowed}");

        await using var restarted = await cluster.RestartAsync();
        var grains = restarted.GrainFactory;
        var view = (await grains.GetGrain<IFlashSaleGrain>(9).Get())!;
        Assert.Equal((30, 10, 30), (view.Sold, view.Remaining, view.Orders));
        Assert.Equal(before.Shards, view.Shards, new ShardViewComparer());
        Assert.Equal(40, view.Shards.Sum(s => s.Quota));
        Assert.Equal(60, (await grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        foreach (var (user, result) in users.Zip(results))
        {
            Assert.Equal(8, await grains.GetGrain<IWalletGrain>(user).GetBalance());
            Assert.Equal([result.OrderSn!], await grains.GetGrain<IUserOrdersGrain>(user).OrderSnsAsync());
        }

        // The reloaded shards keep selling and keep lending: ten more units, all to the same home shard.
        var more = Enumerable.Range(2000, 400).Select(i => (long)i).Where(u => FlashSaleShards.HomeOf(u, 4) == 2).Take(11).ToArray();
        var restartedSeed = new MallSeed(grains);
        foreach (var user in more)
        {
            await restartedSeed.GoldAsync(user, 10);
        }

        var moreTokens = await Task.WhenAll(more.Select(restartedSeed.TokenAsync));
        var moreResults = await Task.WhenAll(more.Select((u, i) => grains.GetGrain<IFlashSaleGrain>(9).Buy(new FlashSaleBuy(u, 1, moreTokens[i], MallSeed.Address))));
        Assert.Equal(10, moreResults.Count(r => r.Outcome == FlashSaleOutcome.Ok));
        Assert.Equal(FlashSaleOutcome.SoldOut, Assert.Single(moreResults, r => r.Outcome != FlashSaleOutcome.Ok).Outcome);
        var final = (await grains.GetGrain<IFlashSaleGrain>(9).Get())!;
        Assert.Equal((40, 0, 40, FlashSaleStatus.SoldOut), (final.Sold, final.Remaining, final.Orders, final.Status));
        Assert.Equal(40, final.Shards[2].Sold);
    }

    /// <summary>Shard views compared by value (their rejections are a dictionary).</summary>
    private sealed class ShardViewComparer : IEqualityComparer<FlashSaleShardView>
    {
        public bool Equals(FlashSaleShardView? x, FlashSaleShardView? y) =>
            x is not null && y is not null && x with { Rejections = y.Rejections } == y
            && x.Rejections.OrderBy(r => r.Key).SequenceEqual(y.Rejections.OrderBy(r => r.Key));

        public int GetHashCode(FlashSaleShardView obj) => obj.Index;
    }
}
