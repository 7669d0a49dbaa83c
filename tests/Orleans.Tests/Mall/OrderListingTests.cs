using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Grains.Mall;
using Orleans.Grains.ReadModels;
using Orleans.Storage;
using Orleans.Tests.Catalogue;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>The orders read model is the buyer's order list, so an order is acknowledged only once it is listed. While
/// the read model cannot be written, a buy or a submission fails instead; the same request afterwards gets the order
/// that was saved meanwhile (taken and charged once), now listed.</summary>
public sealed class OrderListingTests : IAsyncLifetime
{
    private FlakyReadModelStore _store = null!;
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(o =>
    {
        o.Provider = StorageProviderKind.Sqlite;
        o.ConfigureServices = services => services.AddSingleton<IReadModelStore>(sp =>
            _store = new FlakyReadModelStore(ReadModelStoreServices.Create(sp.GetRequiredService<IOptions<GrainStorageOptions>>().Value)));
    });

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task A_flash_sale_buy_that_cannot_be_listed_fails_and_its_retry_answers_the_saved_order()
    {
        var seed = new MallSeed(_cluster.GrainFactory);
        var sale = await seed.SaleAsync(51, await seed.GoodsAsync(51, stock: 10), quota: 5, price: 3, limitPerUser: 0, DateTimeOffset.UtcNow);
        await seed.GoldAsync(61, 100);
        var buy = new FlashSaleBuy(61, 1, await seed.TokenAsync(61), MallSeed.Address);

        _store.FailWrites = true;
        await Assert.ThrowsAnyAsync<Exception>(() => sale.Buy(buy));
        _store.FailWrites = false;

        var retried = await sale.Buy(buy);
        Assert.Equal(FlashSaleOutcome.Ok, retried.Outcome);
        Assert.Equal([retried.OrderSn!], await _cluster.GrainFactory.GetGrain<IUserOrdersGrain>(61).OrderSnsAsync());
        Assert.Equal(97, await _cluster.GrainFactory.GetGrain<IWalletGrain>(61).GetBalance());
        Assert.Equal((1, 1), ((await sale.Get())!.Sold, (await sale.Get())!.Orders));
    }

    [Fact]
    public async Task A_mall_order_that_cannot_be_listed_fails_and_its_retry_answers_the_saved_order()
    {
        var seed = new MallSeed(_cluster.GrainFactory);
        var productId = await seed.GoodsAsync(52, stock: 10, price: 30);
        await seed.GoldAsync(62, 100);
        var desk = _cluster.GrainFactory.GetGrain<IUserOrdersGrain>(62);
        var submission = new OrderSubmission([new OrderRequestLine(52, productId, 2)], MallSeed.Address, await seed.TokenAsync(62));

        _store.FailWrites = true;
        await Assert.ThrowsAnyAsync<Exception>(() => desk.Submit(submission));
        _store.FailWrites = false;

        var retried = await desk.Submit(submission);
        Assert.Equal(OrderSubmitOutcome.Ok, retried.Outcome);
        Assert.Equal([retried.OrderSn!], await desk.OrderSnsAsync());
        Assert.Equal(40, await _cluster.GrainFactory.GetGrain<IWalletGrain>(62).GetBalance());
        Assert.Equal(8, (await _cluster.GrainFactory.GetGrain<IProductStockGrain>(productId).Get()).Available);
    }
}
