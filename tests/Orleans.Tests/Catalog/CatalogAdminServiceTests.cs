using ApiHost.Admin.Catalog;
using Orleans.Grains.Catalog;
using Orleans.Grains.Mall;

namespace Orleans.Tests.Catalogue;

public sealed class CatalogAdminServiceTests
{
    private static GoodsInput Valid(long catId) => new(
        "键盘", catId, true, 0, string.Empty, [], string.Empty, [new ProductInput(0, string.Empty, "kb-1", 100, 90, 5)]);

    public static TheoryData<string, Func<GoodsInput, GoodsInput>> BadGoods => new()
    {
        { "goods_name", g => g with { GoodsName = " " } },
        { "goods_name", g => g with { GoodsName = new string('键', CatalogLimits.MaxGoodsName + 1) } },
        { "limit_count", g => g with { LimitCount = -1 } },
        { "goods_img", g => g with { GoodsImg = "javascript:alert(1)" } },
        { "goods_image[1]", g => g with { GoodsImage = ["http://a/1.jpg", "http://a/2 .jpg"] } },
        { "goods_image", g => g with { GoodsImage = Enumerable.Repeat("http://a/1.jpg", CatalogLimits.MaxImages + 1).ToList() } },
        { "description", g => g with { Description = new string('x', CatalogLimits.MaxDescription + 1) } },
        { "products", g => g with { Products = [] } },
        { "products[0].sales_price", g => g with { Products = [g.Products[0] with { SalesPrice = -1 }] } },
        { "products[0].market_price", g => g with { Products = [g.Products[0] with { MarketPrice = -5 }] } },
        { "products[0].stock", g => g with { Products = [g.Products[0] with { Stock = -1 }] } },
        { "products[0].skuid", g => g with { Products = [g.Products[0] with { Skuid = new string('s', CatalogLimits.MaxSku + 1) }] } },
        { "products[0].spec_val", g => g with { Products = [g.Products[0] with { SpecVal = "颜色红色" }] } },
        { "products[0].productid", g => g with { Products = [g.Products[0] with { ProductId = 12345 }] } },
        { "products[1].spec_val", g => g with { Products = [g.Products[0] with { SpecVal = "颜色:::红" }, g.Products[0] with { SpecVal = "尺码:::L", Skuid = "kb-2" }] } },
        { "products[1].spec_val", g => g with { Products = [g.Products[0] with { SpecVal = "颜色:::红" }, g.Products[0] with { SpecVal = "颜色:::红", Skuid = "kb-2" }] } },
        { "products[1].skuid", g => g with { Products = [g.Products[0] with { SpecVal = "颜色:::红" }, g.Products[0] with { SpecVal = "颜色:::黑" }] } },
        { "cat_id", g => g with { CatId = 999 } },
    };

    [Theory]
    [MemberData(nameof(BadGoods))]
    public async Task Invalid_goods_are_refused_naming_the_field_and_nothing_is_written(string field, Func<GoodsInput, GoodsInput> spoil)
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("数码");

        var error = await Assert.ThrowsAsync<CatalogException>(() => host.Admin.CreateGoodsAsync(spoil(Valid(cat))));

        Assert.Equal(CatalogErrorKind.Invalid, error.Kind);
        Assert.Equal(field, error.Field);
        Assert.Equal(0, (await host.Admin.ListGoodsAsync(new GoodsSearch(IncludeUnlisted: true))).Total);
    }

    [Fact]
    public async Task A_goods_in_an_article_category_is_refused()
    {
        await using var host = CatalogHost.Start();
        var articles = await host.CategoryAsync("资讯", CategoryType.Article);

        var error = await Assert.ThrowsAsync<CatalogException>(() => host.Admin.CreateGoodsAsync(Valid(articles)));

        Assert.Equal("cat_id", error.Field);
    }

    [Fact]
    public async Task Update_keeps_left_out_products_disabled_adds_new_ones_with_opening_stock_and_refuses_stock_overwrites()
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("服装");
        var created = await host.Admin.CreateGoodsAsync(new GoodsInput("T 恤", cat, true, 0, string.Empty, [], string.Empty,
            [new ProductInput(0, "尺码:::S", "s", 99, 59, 10), new ProductInput(0, "尺码:::M", "m", 99, 59, 10)]));
        var small = created.Products[0];

        var overwrite = await Assert.ThrowsAsync<CatalogException>(() => host.Admin.UpdateGoodsAsync(created.GoodsId, new GoodsInput(
            "T 恤", cat, true, 0, string.Empty, [], string.Empty, [new ProductInput(small.ProductId, "尺码:::S", "s", 99, 59, Stock: 500)])));
        Assert.Equal("products[0].stock", overwrite.Field);

        var updated = await host.Admin.UpdateGoodsAsync(created.GoodsId, new GoodsInput("纯棉 T 恤", cat, true, 1, string.Empty, [], "新",
            [new ProductInput(small.ProductId, "尺码:::S", "s", 99, 49), new ProductInput(0, "尺码:::L", "l", 99, 69, 7)]));

        Assert.Equal(["尺码:::S", "尺码:::L", "尺码:::M"], updated.Products.Select(p => p.SpecVal));
        Assert.Equal([true, true, false], updated.Products.Select(p => p.Enabled));
        var view = await host.Admin.GetGoodsAsync(created.GoodsId);
        Assert.Equal([10, 7, 10], view.Stock.Select(s => s.Available));
        Assert.Equal(created.GoodsId, view.Stock[1].GoodsId);
        await Assert.ThrowsAsync<CatalogException>(() => host.Admin.UpdateGoodsAsync(424242, Valid(cat)));
    }

    [Fact]
    public async Task Stock_changes_are_deltas_with_a_reason_never_below_zero()
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("数码");
        var goods = await host.Admin.CreateGoodsAsync(Valid(cat));
        var productId = goods.Products[0].ProductId;

        Assert.Equal(8, await host.Admin.AdjustStockAsync(productId, 3, "补货"));
        var below = await Assert.ThrowsAsync<CatalogException>(() => host.Admin.AdjustStockAsync(productId, -9, "盘点"));
        Assert.Equal(CatalogErrorKind.Conflict, below.Kind);
        Assert.Equal("reason", (await Assert.ThrowsAsync<CatalogException>(() => host.Admin.AdjustStockAsync(productId, 1, " "))).Field);
        Assert.Equal("delta", (await Assert.ThrowsAsync<CatalogException>(() => host.Admin.AdjustStockAsync(productId, 0, "x"))).Field);
        Assert.Equal(CatalogErrorKind.NotFound, (await Assert.ThrowsAsync<CatalogException>(() => host.Admin.AdjustStockAsync(987654, 1, "x"))).Kind);

        var journal = await host.Grains.GetGrain<IProductStockGrain>(productId).Adjustments();
        Assert.Equal([(3, "补货", 8), (5, CatalogAdminService.OpeningStockReason, 5)], journal.Select(a => (a.Delta, a.Reason, a.Available)));
        Assert.Equal(8, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
    }

    [Fact]
    public async Task Images_are_checked_and_replace_the_album()
    {
        await using var host = CatalogHost.Start();
        var cat = await host.CategoryAsync("数码");
        var goods = await host.Admin.CreateGoodsAsync(Valid(cat));

        Assert.Equal("goods_image[0]", (await Assert.ThrowsAsync<CatalogException>(() => host.Admin.SetImagesAsync(goods.GoodsId, ["ftp://x"]))).Field);
        var updated = await host.Admin.SetImagesAsync(goods.GoodsId, ["https://img/1.jpg", "/files/2.jpg"]);

        Assert.Equal(["https://img/1.jpg", "/files/2.jpg"], updated.Images);
        Assert.Equal("https://img/1.jpg", updated.Image);
    }

    [Fact]
    public async Task Categories_are_created_updated_and_deleted_with_their_rules()
    {
        await using var host = CatalogHost.Start();
        var admin = host.Admin;
        var root = await admin.CreateCategoryAsync(new CategoryInput("数码", 0, CategoryType.Goods));
        var child = await admin.CreateCategoryAsync(new CategoryInput("键盘", root.CatId, CategoryType.Goods));

        Assert.Equal("parentid", (await Assert.ThrowsAsync<CatalogException>(() => admin.CreateCategoryAsync(new CategoryInput("文章", root.CatId, CategoryType.Article)))).Field);
        Assert.Equal("parentid", (await Assert.ThrowsAsync<CatalogException>(() => admin.CreateCategoryAsync(new CategoryInput("孤儿", 999, CategoryType.Goods)))).Field);
        Assert.Equal("cat_name", (await Assert.ThrowsAsync<CatalogException>(() => admin.CreateCategoryAsync(new CategoryInput(new string('名', 51), 0, CategoryType.Goods)))).Field);
        Assert.Equal("cat_type", (await Assert.ThrowsAsync<CatalogException>(() => admin.CreateCategoryAsync(new CategoryInput("x", 0, (CategoryType)9)))).Field);

        var renamed = await admin.UpdateCategoryAsync(child.CatId, new CategoryUpdate("机械键盘", 5, false));
        Assert.Equal(("机械键盘", 5, false, child.CatCode), (renamed.Name, renamed.Sort, renamed.Display, renamed.CatCode));

        Assert.Equal(CatalogErrorKind.Conflict, (await Assert.ThrowsAsync<CatalogException>(() => admin.DeleteCategoryAsync(root.CatId))).Kind);
        var goods = await admin.CreateGoodsAsync(Valid(child.CatId));
        await admin.SetOnSaleAsync(goods.GoodsId, false);
        Assert.Equal(CatalogErrorKind.Conflict, (await Assert.ThrowsAsync<CatalogException>(() => admin.DeleteCategoryAsync(child.CatId))).Kind);

        var empty = await admin.CreateCategoryAsync(new CategoryInput("空", root.CatId, CategoryType.Goods));
        await admin.DeleteCategoryAsync(empty.CatId);
        Assert.DoesNotContain(await admin.ListCategoriesAsync(), c => c.CatId == empty.CatId);
        Assert.Equal(CatalogErrorKind.NotFound, (await Assert.ThrowsAsync<CatalogException>(() => admin.DeleteCategoryAsync(empty.CatId))).Kind);
    }
}
