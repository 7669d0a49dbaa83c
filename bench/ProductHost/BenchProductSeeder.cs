using ApiHost.Admin.Catalog;
using Microsoft.Extensions.Options;
using Orleans.Grains.Catalog;

namespace Bench.ProductHost;

/// <summary>Creates, once, an on-sale goods "压测秒杀商品" with one product of <see cref="BenchProductOptions.Stock"/>
/// units through the same admin catalogue service the demo data uses (so its stock sits in the product's stock grain
/// like any other). Registered after the silo, so the grains are up when it runs. The load generator finds it by its
/// stock (the first product on goods.list that covers --quota).</summary>
public sealed partial class BenchProductSeeder(CatalogAdminService catalog, IOptions<BenchProductOptions> options, ILogger<BenchProductSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stock = options.Value.Stock;
        if (stock <= 0)
        {
            return;
        }

        var found = await catalog.ListGoodsAsync(new GoodsSearch(Keywords: BenchProductOptions.GoodsName, IncludeUnlisted: true, Limit: 1));
        if (found.Total > 0)
        {
            LogExisting(logger, BenchProductOptions.GoodsName);
            return;
        }

        var category = (await catalog.ListCategoriesAsync()).FirstOrDefault(c => c.CatType == CategoryType.Goods)
            ?? await catalog.CreateCategoryAsync(new CategoryInput("压测", 0, CategoryType.Goods));
        var goods = await catalog.CreateGoodsAsync(new GoodsInput(
            BenchProductOptions.GoodsName, category.CatId, true, 0, string.Empty, [], "bench/ 的压测商品",
            [new ProductInput(0, string.Empty, "bench-seckill", 2, 1, stock)]));
        LogCreated(logger, goods.Products[0].ProductId, stock);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Warning, "Bench product {ProductId} created with {Stock} units")]
    private static partial void LogCreated(ILogger logger, long productId, int stock);

    [LoggerMessage(2, LogLevel.Warning, "Bench goods {Name} already exists; stock left as it is")]
    private static partial void LogExisting(ILogger logger, string name);
}
