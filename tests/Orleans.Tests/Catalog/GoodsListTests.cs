using System.Text.Json;
using ApiHost.Admin.Catalog;

namespace Orleans.Tests.Catalogue;

public sealed class GoodsListTests
{
    private static object Query(long catId = -1, string keywords = "", double startPrice = -1, double endPrice = -1, int page = 1) =>
        new { token = "", cat_id = catId, keywords, start_price = startPrice, end_price = endPrice, page };

    [Fact]
    public async Task Pages_hold_20_newest_first_and_the_last_page_says_no_next_and_a_page_past_the_end_is_empty()
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("数码");
        var ids = new List<long>();
        for (var i = 0; i < 25; i++)
        {
            ids.Add(await host.GoodsAsync($"商品{i:00}", cat, 100 + i));
        }

        var first = await host.Client.CallAsync("goods.list", Query());
        var second = await host.Client.CallAsync("goods.list", Query(page: 2));
        var beyond = await host.Client.CallAsync("goods.list", Query(page: 3));

        Assert.Equal(200, first.Code);
        AssertPage(first.Data!.Value, total: 25, page: 1, items: 20, isnext: true);
        AssertPage(second.Data!.Value, total: 25, page: 2, items: 5, isnext: false);
        AssertPage(beyond.Data!.Value, total: 25, page: 3, items: 0, isnext: false);
        var listed = first.Data.Value.GetProperty("list").EnumerateArray().Concat(second.Data.Value.GetProperty("list").EnumerateArray())
            .Select(g => g.GetProperty("goodsid").GetInt64());
        Assert.Equal(ids.AsEnumerable().Reverse(), listed);
    }

    [Fact]
    public async Task Items_have_the_documented_fields_and_types()
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("鼠标");
        var id = (await host.Admin.CreateGoodsAsync(new GoodsInput(
            "明基绝地求生吃鸡鼠标", cat, true, 0, "http://img.example/m.jpg", [], string.Empty,
            [new ProductInput(0, "颜色:::红色", "ben001", 199, 160, 999), new ProductInput(0, "颜色:::黑色", "ben002", 199, 180, 999)]))).GoodsId;

        var reply = await host.Client.CallAsync("goods.list", Query());

        var item = Assert.Single(reply.Data!.Value.GetProperty("list").EnumerateArray());
        Assert.Equal(
            ["goodsid", "goods_name", "min_price", "max_price", "goods_img", "buy_count", "month_buy_count"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(id, item.GetProperty("goodsid").GetInt64());
        Assert.Equal("明基绝地求生吃鸡鼠标", item.GetProperty("goods_name").GetString());
        Assert.Equal(160, item.GetProperty("min_price").GetInt32());
        Assert.Equal(180, item.GetProperty("max_price").GetInt32());
        Assert.Equal("http://img.example/m.jpg", item.GetProperty("goods_img").GetString());
        Assert.Equal(JsonValueKind.Number, item.GetProperty("buy_count").ValueKind);
        Assert.Equal(JsonValueKind.Number, item.GetProperty("month_buy_count").ValueKind);
    }

    [Fact]
    public async Task Keywords_price_range_and_category_with_its_subcategories_filter()
    {
        await using var host = CatalogHost.Start();
        var digital = await host.CategoryAsync("数码");
        var keyboards = await host.CategoryAsync("键盘", parentId: digital);
        var books = await host.CategoryAsync("图书");
        var keyboard = await host.GoodsAsync("机械键盘 Cherry", keyboards, 399);
        var cable = await host.GoodsAsync("USB 数据线", digital, 29);
        var book = await host.GoodsAsync("算法导论 100%_纪念版", books, 99);

        Assert.Equal([keyboard], await Ids(host, Query(keywords: "cherry")));
        Assert.Equal([book], await Ids(host, Query(keywords: "100%_")));
        Assert.Empty(await Ids(host, Query(keywords: "%键")));
        Assert.Equal([book, cable], await Ids(host, Query(endPrice: 99)));
        Assert.Equal([book, cable], await Ids(host, Query(startPrice: 29, endPrice: 99.5)));
        Assert.Equal([keyboard], await Ids(host, Query(startPrice: 99.5)));
        Assert.Equal([cable, keyboard], await Ids(host, Query(catId: digital)));
        Assert.Equal([keyboard], await Ids(host, Query(catId: keyboards)));
        Assert.Equal([keyboard], await Ids(host, Query(catId: digital, keywords: "键盘", startPrice: 100, endPrice: 1000)));
        Assert.Empty(await Ids(host, Query(catId: 9999)));
    }

    [Fact]
    public async Task Off_sale_goods_and_goods_without_an_enabled_product_are_hidden()
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("数码");
        var shown = await host.GoodsAsync("在售", cat, 10);
        await host.GoodsAsync("未上架", cat, 10, onSale: false);
        var withdrawn = await host.GoodsAsync("已下架", cat, 10);
        await host.Admin.SetOnSaleAsync(withdrawn, false);
        var disabled = await host.GoodsAsync("货品停用", cat, 10);
        var info = (await host.Admin.GetGoodsAsync(disabled)).Goods;
        await host.Admin.UpdateGoodsAsync(disabled, new GoodsInput(info.Name, cat, true, 0, string.Empty, [], string.Empty,
            [new ProductInput(info.Products[0].ProductId, string.Empty, info.Products[0].Sku, 10, 10, Enabled: false)]));

        var reply = await host.Client.CallAsync("goods.list", Query());

        Assert.Equal([shown], reply.Data!.Value.GetProperty("list").EnumerateArray().Select(g => g.GetProperty("goodsid").GetInt64()));
        Assert.Equal(1, reply.Data.Value.GetProperty("total").GetInt32());
        Assert.Equal(503, (await host.Client.CallAsync("goods.detail", new { token = "", goods_id = withdrawn })).Code);
        Assert.Equal(503, (await host.Client.CallAsync("goods.detail", new { token = "", goods_id = disabled })).Code);
    }

    [Theory]
    [InlineData(-5, -1, "start_price")]
    [InlineData(-1, -2, "end_price")]
    [InlineData(10, 5, "start_price")]
    public async Task Bad_price_bounds_are_parameter_errors(double start, double end, string field)
    {
        await using var host = CatalogHost.Start();

        var reply = await host.Client.CallAsync("goods.list", Query(startPrice: start, endPrice: end));

        Assert.Equal(503, reply.Code);
        Assert.Contains(field, reply.Msg);
    }

    [Fact]
    public async Task Over_long_keywords_and_wrong_types_are_parameter_errors()
    {
        await using var host = CatalogHost.Start();

        var longWords = await host.Client.CallAsync("goods.list", Query(keywords: new string('键', 51)));
        var wrongType = await host.Client.CallAsync("goods.list", new { token = "", cat_id = "abc", keywords = "", start_price = -1, end_price = -1, page = 1 });

        Assert.Equal(503, longWords.Code);
        Assert.Contains("keywords", longWords.Msg);
        Assert.Equal(503, wrongType.Code);
        Assert.Contains("cat_id", wrongType.Msg);
    }

    private static async Task<List<long>> Ids(CatalogHost host, object query)
    {
        var reply = await host.Client.CallAsync("goods.list", query);
        Assert.Equal(200, reply.Code);
        return reply.Data!.Value.GetProperty("list").EnumerateArray().Select(g => g.GetProperty("goodsid").GetInt64()).ToList();
    }

    private static void AssertPage(JsonElement data, int total, int page, int items, bool isnext)
    {
        Assert.Equal(total, data.GetProperty("total").GetInt32());
        Assert.Equal(page, data.GetProperty("page").GetInt32());
        Assert.Equal(20, data.GetProperty("count").GetInt32());
        Assert.Equal(isnext, data.GetProperty("isnext").GetBoolean());
        Assert.Equal(items, data.GetProperty("list").GetArrayLength());
    }
}
