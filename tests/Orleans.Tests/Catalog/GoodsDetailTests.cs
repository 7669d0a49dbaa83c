using System.Text.Json;
using ApiHost.Admin.Catalog;
using Orleans.Grains.Mall;

namespace Orleans.Tests.Catalogue;

public sealed class GoodsDetailTests
{
    private static readonly string[] DetailFields =
    [
        "goodsid", "goods_name", "min_market_price", "max_market_price", "min_price", "max_price", "goods_img", "buy_count",
        "month_buy_count", "limit_count", "description", "products", "spec_val", "goods_image",
    ];

    private static readonly string[] ProductFields = ["productid", "market_price", "sales_price", "stock", "spec_val", "skuid", "arr_spec_val"];

    [Fact]
    public async Task Single_spec_goods_has_its_product_under_single_product_and_empty_spec_lists()
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("键盘");
        var images = Enumerable.Range(1, 7).Select(i => $"http://files.example/k{i}.jpg").ToList();
        var goods = await host.Admin.CreateGoodsAsync(new GoodsInput(
            "ikbc C104 樱桃轴机械键盘", cat, true, 3, string.Empty, images, "描述",
            [new ProductInput(0, string.Empty, "ikbc00000001", 399, 399, 993)]));

        var reply = await host.Client.CallAsync("goods.detail", new { goods_id = goods.GoodsId, token = "" });

        Assert.Equal(200, reply.Code);
        var data = reply.Data!.Value;
        Assert.Equal(DetailFields.Order(), data.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(goods.GoodsId, data.GetProperty("goodsid").GetInt64());
        Assert.Equal("ikbc C104 樱桃轴机械键盘", data.GetProperty("goods_name").GetString());
        foreach (var price in new[] { "min_market_price", "max_market_price", "min_price", "max_price" })
        {
            Assert.Equal(399, data.GetProperty(price).GetInt32());
        }

        Assert.Equal(images[0], data.GetProperty("goods_img").GetString());
        Assert.Equal(0, data.GetProperty("buy_count").GetInt32());
        Assert.Equal(0, data.GetProperty("month_buy_count").GetInt32());
        Assert.Equal(3, data.GetProperty("limit_count").GetInt32());
        Assert.Equal("描述", data.GetProperty("description").GetString());
        Assert.Equal(images.Take(5), data.GetProperty("goods_image").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(JsonValueKind.Array, data.GetProperty("spec_val").ValueKind);
        Assert.Equal(0, data.GetProperty("spec_val").GetArrayLength());

        var products = data.GetProperty("products");
        Assert.Equal(["single_product"], products.EnumerateObject().Select(p => p.Name));
        var product = products.GetProperty("single_product");
        Assert.Equal(ProductFields, product.EnumerateObject().Select(p => p.Name));
        Assert.Equal(goods.Products[0].ProductId, product.GetProperty("productid").GetInt64());
        Assert.Equal(399, product.GetProperty("market_price").GetInt32());
        Assert.Equal(399, product.GetProperty("sales_price").GetInt32());
        Assert.Equal(993, product.GetProperty("stock").GetInt32());
        Assert.Equal(string.Empty, product.GetProperty("spec_val").GetString());
        Assert.Equal("ikbc00000001", product.GetProperty("skuid").GetString());
        Assert.Equal(JsonValueKind.Array, product.GetProperty("arr_spec_val").ValueKind);
        Assert.Equal(0, product.GetProperty("arr_spec_val").GetArrayLength());
    }

    [Fact]
    public async Task Multi_spec_goods_keys_products_by_spec_val_with_the_spec_map()
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("鼠标");
        var goods = await host.Admin.CreateGoodsAsync(new GoodsInput(
            "明基绝地求生吃鸡鼠标", cat, true, 0, string.Empty, [], string.Empty,
            [new ProductInput(0, "颜色:::红色", "ben001", 199, 160, 999), new ProductInput(0, "颜色:::黑色", "ben002", 199, 160, 999)]));

        var data = (await host.Client.CallAsync("goods.detail", new { goods_id = goods.GoodsId, token = "" })).Data!.Value;

        Assert.Equal(199, data.GetProperty("min_market_price").GetInt32());
        Assert.Equal(199, data.GetProperty("max_market_price").GetInt32());
        Assert.Equal(160, data.GetProperty("min_price").GetInt32());
        Assert.Equal(160, data.GetProperty("max_price").GetInt32());
        var products = data.GetProperty("products");
        Assert.Equal(["颜色:::红色", "颜色:::黑色"], products.EnumerateObject().Select(p => p.Name));
        var red = products.GetProperty("颜色:::红色");
        Assert.Equal(goods.Products[0].ProductId, red.GetProperty("productid").GetInt64());
        Assert.Equal("颜色:::红色", red.GetProperty("spec_val").GetString());
        Assert.Equal("ben001", red.GetProperty("skuid").GetString());
        Assert.Equal(999, red.GetProperty("stock").GetInt32());
        Assert.Equal("红色", red.GetProperty("arr_spec_val").GetProperty("颜色").GetString());
        var spec = data.GetProperty("spec_val");
        Assert.Equal(JsonValueKind.Object, spec.ValueKind);
        Assert.Equal(["红色", "黑色"], spec.GetProperty("颜色").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(0, data.GetProperty("goods_image").GetArrayLength());
    }

    [Fact]
    public async Task Stock_is_live_from_the_stock_grain_after_holds_and_adjustments()
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("键盘");
        var goodsId = await host.GoodsAsync("键盘", cat, 100, stock: 10);
        var productId = (await host.Admin.GetGoodsAsync(goodsId)).Goods.Products[0].ProductId;

        Assert.True(await host.Grains.GetGrain<IProductStockGrain>(productId).SetHold("SN202601010000000001", 3));
        Assert.Equal(7, await Stock(host, goodsId));
        Assert.Equal(12, await host.Admin.AdjustStockAsync(productId, 5, "补货"));
        Assert.Equal(12, await Stock(host, goodsId));
    }

    [Fact]
    public async Task Unknown_goods_is_a_business_error_and_a_missing_goods_id_a_parameter_error()
    {
        await using var host = CatalogHost.Start();

        var unknown = await host.Client.CallAsync("goods.detail", new { goods_id = 424242, token = "" });
        var missing = await host.Client.CallAsync("goods.detail", new { token = "" });

        Assert.Equal(503, unknown.Code);
        Assert.Null(unknown.Data);
        Assert.Equal(503, missing.Code);
        Assert.Contains("goods_id", missing.Msg);
    }

    private static async Task<int> Stock(CatalogHost host, long goodsId)
    {
        var data = (await host.Client.CallAsync("goods.detail", new { goods_id = goodsId, token = "" })).Data!.Value;
        return data.GetProperty("products").GetProperty("single_product").GetProperty("stock").GetInt32();
    }
}
