using ApiHost.Admin.Catalog;
using Orleans.Grains.Catalog;

namespace Orleans.Tests.Catalogue;

public sealed class DemoDataTests
{
    [Fact]
    public async Task First_start_seeds_the_shop_and_a_second_start_on_the_same_storage_creates_nothing_new()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "orleans-catalog-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["DataDirectory"] = dataDirectory, ["DemoData:Enabled"] = "true" };
        long total;
        int categories;
        await using (var first = CatalogHost.Start(settings))
        {
            var list = await first.Client.CallAsync("goods.list", new { token = "", cat_id = -1, keywords = "", start_price = -1, end_price = -1, page = 1 });
            total = list.Data!.Value.GetProperty("total").GetInt64();
            categories = (await first.Admin.ListCategoriesAsync()).Count;
            Assert.True(total >= 14, $"{total} goods");
            Assert.Equal([CategoryType.Article, CategoryType.Link, CategoryType.Goods],
                (await first.Admin.ListCategoriesAsync()).Select(c => c.CatType).Distinct().Order());

            var keyboard = await Detail(first, "ikbc C104 樱桃轴机械键盘");
            var single = keyboard.GetProperty("products").GetProperty("single_product");
            Assert.Equal((399, 399, 993, "ikbc00000001"),
                (single.GetProperty("market_price").GetInt32(), single.GetProperty("sales_price").GetInt32(), single.GetProperty("stock").GetInt32(), single.GetProperty("skuid").GetString()));
            Assert.Equal(5, keyboard.GetProperty("goods_image").GetArrayLength());

            var mouse = await Detail(first, "明基绝地求生吃鸡鼠标");
            var black = mouse.GetProperty("products").GetProperty("颜色:::黑色");
            Assert.Equal((199, 160, 999, "ben002"),
                (black.GetProperty("market_price").GetInt32(), black.GetProperty("sales_price").GetInt32(), black.GetProperty("stock").GetInt32(), black.GetProperty("skuid").GetString()));
            Assert.Equal(["红色", "黑色"], mouse.GetProperty("spec_val").GetProperty("颜色").EnumerateArray().Select(v => v.GetString()));
        }

        await using var second = CatalogHost.Start(settings);
        Assert.Equal(total, (await second.Admin.ListGoodsAsync(new GoodsSearch(IncludeUnlisted: true))).Total);
        Assert.Equal(categories, (await second.Admin.ListCategoriesAsync()).Count);
        Assert.Equal(DemoDataStatus.Done, await second.Grains.GetGrain<IDemoDataGrain>("catalog").Get());
    }

    [Fact]
    public async Task Storage_that_already_has_a_catalogue_gets_no_demo_data()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "orleans-catalog-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["DataDirectory"] = dataDirectory };
        await using (var plain = CatalogHost.Start(settings))
        {
            await plain.CategoryAsync("自己的分类");
        }

        settings["DemoData:Enabled"] = "true";
        await using var seeded = CatalogHost.Start(settings);

        Assert.Equal(["自己的分类"], (await seeded.Admin.ListCategoriesAsync()).Select(c => c.Name));
        Assert.Equal(0, (await seeded.Admin.ListGoodsAsync(new GoodsSearch(IncludeUnlisted: true))).Total);
    }

    [Fact]
    public async Task The_test_host_starts_without_demo_data_by_default()
    {
        await using var host = CatalogHost.Start();

        Assert.Empty(await host.Admin.ListCategoriesAsync());
        Assert.Equal(DemoDataStatus.NotStarted, await host.Grains.GetGrain<IDemoDataGrain>("catalog").Get());
    }

    private static async Task<System.Text.Json.JsonElement> Detail(CatalogHost host, string name)
    {
        var found = await host.Admin.ListGoodsAsync(new GoodsSearch(Keywords: name));
        var goodsId = Assert.Single(found.Goods, g => g.Name == name).GoodsId;
        var reply = await host.Client.CallAsync("goods.detail", new { goods_id = goodsId, token = "" });
        Assert.Equal(200, reply.Code);
        return reply.Data!.Value;
    }
}
