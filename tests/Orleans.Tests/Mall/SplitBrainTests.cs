using Orleans.Configuration;
using Orleans.Grains.Mall;
using Orleans.Runtime;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>Two silos that both believe they own one flash sale (a membership change seen at different times): two
/// real activations of one sale over the same SQLite file. Of two activations working from the same ledger, the one
/// that writes second is refused (the ledger chunk's version, and the storage ETag) and reloads, so nothing
/// acknowledged by either is lost and the books agree with the orders.</summary>
public sealed class SplitBrainTests
{
    [Fact]
    public async Task Two_activations_of_one_sale_never_overwrite_each_other_and_the_books_agree_with_the_orders()
    {
        var directory = Path.Combine(Path.GetTempPath(), "orleans-tests", Guid.NewGuid().ToString("N"));
        await using var first = await TestCluster.StartAsync(o => { o.Provider = StorageProviderKind.Sqlite; o.DataDirectory = directory; });
        var seed = new MallSeed(first.GrainFactory);
        await seed.SaleAsync(41, await seed.GoodsAsync(41, stock: 100), quota: 50, price: 1, limitPerUser: 0, DateTimeOffset.UtcNow);
        foreach (var user in new long[] { 1, 2 })
        {
            await seed.GoldAsync(user, 100);
        }

        var acknowledged = new List<string>();
        acknowledged.AddRange(await BuyAsync(first, user: 1, count: 5));

        // A second silo activates the same sale while the first still holds its activation, and both keep selling,
        // in turns. Whichever works from a view the other has overwritten is refused, goes away and reloads.
        await using var second = await TestCluster.StartAsync(o => { o.Provider = StorageProviderKind.Sqlite; o.DataDirectory = directory; });
        Assert.Equal(5, (await second.GrainFactory.GetGrain<IFlashSaleGrain>(41).Get())!.Sold);
        var refused = 0;
        for (var round = 0; round < 4; round++)
        {
            foreach (var (cluster, user) in new[] { (first, 1L), (second, 2L) })
            {
                var (orderSns, refusals) = await BuyRetryingAsync(cluster, user);
                acknowledged.AddRange(orderSns);
                refused += refusals;
            }
        }

        Assert.True(refused > 0, "two activations took turns, so one of them must have been refused at least once");

        // Whichever activation is behind, an admin's read is checked against storage and shows every sale.
        foreach (var cluster in new[] { first, second })
        {
            Assert.Equal(13, (await cluster.GrainFactory.GetGrain<IFlashSaleGrain>(41).Get(current: true))!.Sold);
        }

        // A third silo reads the books from storage alone: they agree with every acknowledged order.
        await using var third = await TestCluster.StartAsync(o => { o.Provider = StorageProviderKind.Sqlite; o.DataDirectory = directory; });
        var view = (await third.GrainFactory.GetGrain<IFlashSaleGrain>(41).Get())!;
        Assert.Equal(13, acknowledged.Distinct().Count());
        Assert.Equal((13, 13), (view.Sold, view.Orders));
        var orders = await Task.WhenAll(acknowledged.Select(sn => third.GrainFactory.GetGrain<IOrderGrain>(sn).Get()));
        Assert.All(orders, Assert.NotNull);
        var gold = await Task.WhenAll(new long[] { 1, 2 }.Select(u => third.GrainFactory.GetGrain<IWalletGrain>(u).GetBalance()));
        Assert.Equal(200 - 13, gold.Sum()); // refused buys took no gold, or gave it back
    }

    [Fact]
    public async Task A_ledger_chunk_refuses_a_save_from_a_view_that_is_not_current()
    {
        // In a cluster both activations of a sale reach the same chunk activation, so the storage ETag alone cannot
        // tell them apart: the chunk's own version does.
        await using var cluster = await TestCluster.StartAsync(o => o.Provider = StorageProviderKind.Sqlite);
        var chunk = cluster.GrainFactory.GetGrain<IFlashSaleLedgerGrain>("77:0");

        var first = await chunk.Save([], expectedVersion: 0);
        await Assert.ThrowsAsync<InconsistentStateException>(() => chunk.Save([], expectedVersion: 0));

        Assert.Equal(first + 1, await chunk.Save([], first));
        Assert.Equal(first + 1, (await chunk.LoadStored()).Version);
    }

    [Fact]
    public async Task An_order_abandoned_by_reconciliation_is_never_created_afterwards()
    {
        await using var cluster = await TestCluster.StartAsync(o => o.Provider = StorageProviderKind.Sqlite);
        var order = cluster.GrainFactory.GetGrain<IOrderGrain>("SN202612020000000001");

        Assert.Null(await order.GetOrAbandon());
        var created = await order.Create(new OrderRecord("SN202612020000000001", 9, 41, [], 1, OrderStatus.Paid, MallSeed.Address, DateTimeOffset.UtcNow));

        Assert.False(created);
        Assert.Null(await order.Get());
        await using var restarted = await cluster.RestartAsync();
        Assert.Null(await restarted.GrainFactory.GetGrain<IOrderGrain>("SN202612020000000001").GetOrAbandon());
    }

    // One unit, retried while the activation is refused (each refusal deactivates it; the retry reloads).
    private static async Task<(List<string> OrderSns, int Refusals)> BuyRetryingAsync(TestCluster cluster, long user)
    {
        for (var refusals = 0; ; refusals++)
        {
            try
            {
                return (await BuyAsync(cluster, user, 1), refusals);
            }
            catch (InconsistentStateException) when (refusals < 3)
            {
                // refused: go again on a fresh activation
            }
        }
    }

    // Buys one unit at a time and answers the acknowledged order numbers; every buy must succeed or throw.
    private static async Task<List<string>> BuyAsync(TestCluster cluster, long user, int count)
    {
        var seed = new MallSeed(cluster.GrainFactory);
        var sale = cluster.GrainFactory.GetGrain<IFlashSaleGrain>(41);
        var orderSns = new List<string>();
        foreach (var token in await seed.TokensAsync(user, count))
        {
            var result = await sale.Buy(new FlashSaleBuy(user, 1, token, MallSeed.Address));
            Assert.Equal(FlashSaleOutcome.Ok, result.Outcome);
            orderSns.Add(result.OrderSn!);
        }

        return orderSns;
    }
}
