using Orleans.Configuration;
using Orleans.Grains.Mall;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>Mall orders through the per-user desk: stock, per-goods limits, gold and request tokens.</summary>
public sealed class OrderSubmitTests
{
    [Fact]
    public async Task An_order_takes_stock_and_gold_and_a_retry_with_the_same_token_answers_the_same_order()
    {
        await using var cluster = await TestCluster.StartAsync(o => o.Provider = StorageProviderKind.Sqlite);
        var seed = new MallSeed(cluster.GrainFactory);
        var productId = await seed.GoodsAsync(21, stock: 10, price: 30);
        await seed.GoldAsync(31, 100);
        var desk = cluster.GrainFactory.GetGrain<IUserOrdersGrain>(31);
        var submission = new OrderSubmission([new OrderRequestLine(21, productId, 2)], MallSeed.Address, await seed.TokenAsync(31));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => desk.Submit(submission))));

        Assert.All(results, r => Assert.Equal(OrderSubmitOutcome.Ok, r.Outcome));
        var orderSn = Assert.Single(results.Select(r => r.OrderSn).Distinct());
        Assert.Equal(60, results[0].TotalPrice);
        Assert.Equal(40, await cluster.GrainFactory.GetGrain<IWalletGrain>(31).GetBalance());
        Assert.Equal(8, (await cluster.GrainFactory.GetGrain<IProductStockGrain>(productId).Get()).Available);
        Assert.Equal([orderSn!], await desk.OrderSnsAsync());
    }

    [Fact]
    public async Task Limits_stock_and_gold_reject_without_taking_anything()
    {
        await using var cluster = await TestCluster.StartAsync();
        var seed = new MallSeed(cluster.GrainFactory);
        var limited = await seed.GoodsAsync(22, stock: 100, price: 1, limitCount: 2);
        var scarce = await seed.GoodsAsync(23, stock: 1, price: 1);
        var dear = await seed.GoodsAsync(24, stock: 10, price: 500);
        var offSale = await seed.GoodsAsync(25, stock: 10, price: 1, onSale: false);
        await seed.GoldAsync(32, 100);
        var desk = cluster.GrainFactory.GetGrain<IUserOrdersGrain>(32);
        async Task<OrderSubmitResult> Buy(long goods, long product, int qty) =>
            await desk.Submit(new OrderSubmission([new OrderRequestLine(goods, product, qty)], MallSeed.Address, await seed.TokenAsync(32)));

        Assert.Equal(OrderSubmitOutcome.Ok, (await Buy(22, limited, 2)).Outcome);
        Assert.Equal(OrderSubmitOutcome.LimitReached, (await Buy(22, limited, 1)).Outcome);
        Assert.Equal(OrderSubmitOutcome.OutOfStock, (await Buy(23, scarce, 2)).Outcome);
        Assert.Equal(OrderSubmitOutcome.NotEnoughGold, (await Buy(24, dear, 1)).Outcome);
        Assert.Equal(OrderSubmitOutcome.GoodsUnavailable, (await Buy(25, offSale, 1)).Outcome);
        Assert.Equal(OrderSubmitOutcome.InvalidToken, (await desk.Submit(new OrderSubmission([new OrderRequestLine(23, scarce, 1)], MallSeed.Address, "never-issued"))).Outcome);

        Assert.Equal(98, await cluster.GrainFactory.GetGrain<IWalletGrain>(32).GetBalance());
        Assert.Equal(1, (await cluster.GrainFactory.GetGrain<IProductStockGrain>(scarce).Get()).Available);
        Assert.Equal(10, (await cluster.GrainFactory.GetGrain<IProductStockGrain>(dear).Get()).Available);
        Assert.Single(await desk.OrderSnsAsync());
    }

    [Fact]
    public async Task Cancelling_returns_stock_gold_and_the_per_goods_allowance_once()
    {
        await using var cluster = await TestCluster.StartAsync();
        var seed = new MallSeed(cluster.GrainFactory);
        var productId = await seed.GoodsAsync(26, stock: 5, price: 10, limitCount: 1);
        await seed.GoldAsync(33, 50);
        var desk = cluster.GrainFactory.GetGrain<IUserOrdersGrain>(33);
        var first = await desk.Submit(new OrderSubmission([new OrderRequestLine(26, productId, 1)], MallSeed.Address, await seed.TokenAsync(33)));
        var order = cluster.GrainFactory.GetGrain<IOrderGrain>(first.OrderSn!);

        Assert.NotEqual(OrderActionResult.Ok, await order.Cancel(34)); // not the buyer's: refused
        var cancels = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => order.Cancel(33))));

        Assert.Single(cancels, c => c == OrderActionResult.Ok);
        Assert.Equal(50, await cluster.GrainFactory.GetGrain<IWalletGrain>(33).GetBalance());
        Assert.Equal(5, (await cluster.GrainFactory.GetGrain<IProductStockGrain>(productId).Get()).Available);
        var second = await desk.Submit(new OrderSubmission([new OrderRequestLine(26, productId, 1)], MallSeed.Address, await seed.TokenAsync(33)));
        Assert.Equal(OrderSubmitOutcome.Ok, second.Outcome);
    }
}
