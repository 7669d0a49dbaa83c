using Orleans.Configuration;
using Orleans.Grains.Mall;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>The flash-sale invariants of issue 5 at the grain level, with real concurrency and SQLite storage.</summary>
public sealed class FlashSaleInvariantTests
{
    private static Task<TestCluster> StartAsync() => TestCluster.StartAsync(o => o.Provider = StorageProviderKind.Sqlite);

    [Fact]
    public async Task A_thousand_concurrent_buyers_never_oversell_a_hundred_units()
    {
        await using var cluster = await StartAsync();
        var seed = new MallSeed(cluster.GrainFactory);
        var productId = await seed.GoodsAsync(1, stock: 500);
        var sale = await seed.SaleAsync(1, productId, quota: 100, price: 10, limitPerUser: 1, DateTimeOffset.UtcNow);
        var buyers = Enumerable.Range(1, 1000).Select(i => (long)i).ToArray();
        var tokens = await Task.WhenAll(buyers.Select(async user =>
        {
            await seed.GoldAsync(user, 100);
            return await seed.TokenAsync(user);
        }));

        var results = await Task.WhenAll(buyers.Select((user, i) =>
            Task.Run(() => sale.Buy(new FlashSaleBuy(user, 1, tokens[i], MallSeed.Address)))));

        var won = results.Where(r => r.Outcome == FlashSaleOutcome.Ok).ToList();
        Assert.Equal(100, won.Count);
        Assert.All(results.Where(r => r.Outcome != FlashSaleOutcome.Ok), r => Assert.Equal(FlashSaleOutcome.SoldOut, r.Outcome));
        Assert.Equal(100, won.Select(r => r.OrderSn).Distinct().Count());
        var orders = await Task.WhenAll(won.Select(r => cluster.GrainFactory.GetGrain<IOrderGrain>(r.OrderSn!).Get()));
        Assert.Equal(100, orders.Sum(o => o!.Lines.Sum(l => l.Quantity)));
        var view = await sale.Get();
        Assert.Equal((100, 0, 100), (view!.Sold, view.Remaining, view.Orders));
        Assert.Equal(400, (await cluster.GrainFactory.GetGrain<IProductStockGrain>(productId).Get()).Available);
        var balances = await Task.WhenAll(buyers.Select(u => cluster.GrainFactory.GetGrain<IWalletGrain>(u).GetBalance()));
        Assert.Equal((1000 * 100) - (100 * 10), balances.Sum());
    }

    [Fact]
    public async Task Fifty_parallel_buys_of_one_user_with_limit_one_give_one_order()
    {
        await using var cluster = await StartAsync();
        var seed = new MallSeed(cluster.GrainFactory);
        var sale = await seed.SaleAsync(2, await seed.GoodsAsync(2, stock: 100), quota: 100, price: 1, limitPerUser: 1, DateTimeOffset.UtcNow);
        await seed.GoldAsync(7, 1000);
        var tokens = await seed.TokensAsync(7, 50);

        var results = await Task.WhenAll(tokens.Select(token => Task.Run(() => sale.Buy(new FlashSaleBuy(7, 1, token, MallSeed.Address)))));

        Assert.Single(results, r => r.Outcome == FlashSaleOutcome.Ok);
        Assert.All(results.Where(r => r.Outcome != FlashSaleOutcome.Ok), r => Assert.Equal(FlashSaleOutcome.LimitReached, r.Outcome));
        Assert.Single(await cluster.GrainFactory.GetGrain<IUserOrdersGrain>(7).OrderSnsAsync());
        Assert.Equal(999, await cluster.GrainFactory.GetGrain<IWalletGrain>(7).GetBalance());
    }

    [Fact]
    public async Task One_request_token_sent_many_times_at_once_gives_one_order_and_a_retry_gets_it_again()
    {
        await using var cluster = await StartAsync();
        var seed = new MallSeed(cluster.GrainFactory);
        var sale = await seed.SaleAsync(3, await seed.GoodsAsync(3, stock: 100), quota: 100, price: 5, limitPerUser: 0, DateTimeOffset.UtcNow);
        await seed.GoldAsync(8, 1000);
        var token = await seed.TokenAsync(8);
        var buy = new FlashSaleBuy(8, 2, token, MallSeed.Address);

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => sale.Buy(buy))));
        var retry = await sale.Buy(buy);

        Assert.All(results, r => Assert.Equal(FlashSaleOutcome.Ok, r.Outcome));
        var orderSn = Assert.Single(results.Select(r => r.OrderSn).Distinct());
        Assert.Equal(orderSn, retry.OrderSn);
        Assert.Equal((2, 1), ((await sale.Get())!.Sold, (await sale.Get())!.Orders));
        Assert.Equal(990, await cluster.GrainFactory.GetGrain<IWalletGrain>(8).GetBalance());
        Assert.Equal([orderSn!], await cluster.GrainFactory.GetGrain<IUserOrdersGrain>(8).OrderSnsAsync());
    }

    [Fact]
    public async Task A_token_that_was_never_issued_buys_nothing()
    {
        await using var cluster = await StartAsync();
        var seed = new MallSeed(cluster.GrainFactory);
        var sale = await seed.SaleAsync(4, await seed.GoodsAsync(4, stock: 10), quota: 10, price: 5, limitPerUser: 0, DateTimeOffset.UtcNow);
        await seed.GoldAsync(9, 100);

        var result = await sale.Buy(new FlashSaleBuy(9, 1, "0123456789abcdef0123456789abcdef", MallSeed.Address));

        Assert.Equal(FlashSaleOutcome.InvalidToken, result.Outcome);
        Assert.Equal(0, (await sale.Get())!.Sold);
        Assert.Equal(100, await cluster.GrainFactory.GetGrain<IWalletGrain>(9).GetBalance());
    }

    [Fact]
    public async Task Not_enough_gold_leaves_quota_stock_and_gold_as_they_were()
    {
        await using var cluster = await StartAsync();
        var seed = new MallSeed(cluster.GrainFactory);
        var productId = await seed.GoodsAsync(5, stock: 20);
        var sale = await seed.SaleAsync(5, productId, quota: 10, price: 50, limitPerUser: 0, DateTimeOffset.UtcNow);
        await seed.GoldAsync(10, 40);

        var result = await sale.Buy(new FlashSaleBuy(10, 1, await seed.TokenAsync(10), MallSeed.Address));

        Assert.Equal(FlashSaleOutcome.NotEnoughGold, result.Outcome);
        var view = await sale.Get();
        Assert.Equal((0, 10, 0), (view!.Sold, view.Remaining, view.Orders));
        Assert.Equal(10, (await cluster.GrainFactory.GetGrain<IProductStockGrain>(productId).Get()).Available);
        Assert.Equal(40, await cluster.GrainFactory.GetGrain<IWalletGrain>(10).GetBalance());
        Assert.Empty(await cluster.GrainFactory.GetGrain<IUserOrdersGrain>(10).OrderSnsAsync());
        Assert.True(await cluster.GrainFactory.GetGrain<IWalletGrain>(10).GetBalance() >= 0);
    }

    [Fact]
    public async Task Cancel_and_close_give_quota_and_gold_back_exactly_once()
    {
        await using var cluster = await StartAsync();
        var seed = new MallSeed(cluster.GrainFactory);
        var sale = await seed.SaleAsync(6, await seed.GoodsAsync(6, stock: 10), quota: 3, price: 30, limitPerUser: 1, DateTimeOffset.UtcNow);
        await seed.GoldAsync(11, 100);
        var bought = await sale.Buy(new FlashSaleBuy(11, 1, await seed.TokenAsync(11), MallSeed.Address));
        var order = cluster.GrainFactory.GetGrain<IOrderGrain>(bought.OrderSn!);

        var cancels = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => order.Cancel(11))));
        var close = await order.Close("admin");

        Assert.Single(cancels, c => c == OrderActionResult.Ok);
        Assert.Equal(OrderActionResult.WrongStatus, close);
        Assert.Equal(OrderStatus.Closed, (await order.Get())!.Status);
        await sale.ReturnOrder(bought.OrderSn!); // a duplicate return must change nothing
        var view = await sale.Get();
        Assert.Equal((0, 3), (view!.Sold, view.Remaining));
        Assert.Equal(100, await cluster.GrainFactory.GetGrain<IWalletGrain>(11).GetBalance());

        // The returned quota and the per-user count are usable again.
        var again = await sale.Buy(new FlashSaleBuy(11, 1, await seed.TokenAsync(11), MallSeed.Address));
        Assert.Equal(FlashSaleOutcome.Ok, again.Outcome);
        Assert.Equal(70, await cluster.GrainFactory.GetGrain<IWalletGrain>(11).GetBalance());
    }

    [Fact]
    public async Task Acknowledged_orders_and_counters_survive_a_restart_and_agree()
    {
        var cluster = await StartAsync();
        var seed = new MallSeed(cluster.GrainFactory);
        var productId = await seed.GoodsAsync(7, stock: 100);
        var sale = await seed.SaleAsync(7, productId, quota: 50, price: 2, limitPerUser: 0, DateTimeOffset.UtcNow);
        var users = Enumerable.Range(100, 30).Select(i => (long)i).ToArray();
        foreach (var user in users)
        {
            await seed.GoldAsync(user, 10);
        }

        var tokens = await Task.WhenAll(users.Select(seed.TokenAsync));
        var results = await Task.WhenAll(users.Select((u, i) => Task.Run(() => sale.Buy(new FlashSaleBuy(u, 1, tokens[i], MallSeed.Address)))));
        Assert.All(results, r => Assert.Equal(FlashSaleOutcome.Ok, r.Outcome));

        await using var restarted = await cluster.RestartAsync();
        var grains = restarted.GrainFactory;
        var view = await grains.GetGrain<IFlashSaleGrain>(7).Get();
        Assert.Equal((30, 20, 30), (view!.Sold, view.Remaining, view.Orders));
        Assert.Equal(50, (await grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        foreach (var (user, result) in users.Zip(results))
        {
            Assert.Equal(8, await grains.GetGrain<IWalletGrain>(user).GetBalance());
            Assert.Equal([result.OrderSn!], await grains.GetGrain<IUserOrdersGrain>(user).OrderSnsAsync());
            Assert.Equal(OrderStatus.Paid, (await grains.GetGrain<IOrderGrain>(result.OrderSn!).Get())!.Status);
        }
    }
}
