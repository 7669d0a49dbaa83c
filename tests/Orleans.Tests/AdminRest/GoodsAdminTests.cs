using System.Text.Json;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.AdminRest;

/// <summary>/v1/goods: create, read, list with filters, update, sale status, album, stock deltas and their journal;
/// each change as clients see it through goods.list and goods.detail; bad input refused whole.</summary>
public sealed class GoodsAdminTests
{
    [Fact]
    public async Task Goods_are_created_read_listed_updated_and_taken_off_sale_as_clients_see_them()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var digital = await CategoryAsync(admin, "数码");
        var mice = await CategoryAsync(admin, "鼠标", digital);
        var books = await CategoryAsync(admin, "图书");

        var created = await admin.PostAsync("/v1/goods", MouseBody(mice));
        Assert.Equal((200, 0, 1L), (created.HttpStatus, created.ErrCode, created.Count));
        var goodsId = created.First.GetProperty("goodsid").GetInt64();
        var book = await admin.PostAsync("/v1/goods", new
        {
            goods_name = "《算法导论》", cat_id = books, on_sale = false,
            products = new[] { new { skuid = "book-1", market_price = 128, sales_price = 99, stock = 5 } },
        });

        var one = await admin.GetAsync($"/v1/goods/{goodsId}");
        var products = one.First.GetProperty("products");
        Assert.Equal("明基鼠标", one.First.GetProperty("goods_name").GetString());
        Assert.True(one.First.GetProperty("on_sale").GetBoolean());
        Assert.Equal(["颜色:::红色", "颜色:::黑色"], products.EnumerateArray().Select(p => p.GetProperty("spec_val").GetString()));
        Assert.Equal([999, 500], products.EnumerateArray().Select(p => p.GetProperty("stock").GetInt32()));
        Assert.Equal("http://files.example/m1.jpg", one.First.GetProperty("goods_img").GetString());

        // cat_id takes the subcategories too; keywords match a part of the name; on_sale splits by visibility.
        Assert.Equal(1L, (await admin.GetAsync($"/v1/goods?cat_id={digital}")).Count);
        Assert.Equal(2L, (await admin.GetAsync("/v1/goods")).Count);
        Assert.Equal(goodsId, (await admin.GetAsync("/v1/goods?keywords=" + Uri.EscapeDataString("明基"))).First.GetProperty("goodsid").GetInt64());
        Assert.Equal(book.First.GetProperty("goodsid").GetInt64(), (await admin.GetAsync("/v1/goods?on_sale=false")).First.GetProperty("goodsid").GetInt64());
        Assert.Equal(1L, (await admin.GetAsync("/v1/goods?on_sale=true")).Count);
        var paged = await admin.GetAsync("/v1/goods?__limit=1&__page=2");
        Assert.Equal((2L, 1), (paged.Count, paged.Data!.Value.GetArrayLength()));

        var client = host.Client();
        Assert.Equal(1, (await client.CallAsync("goods.list", new { cat_id = -1, keywords = "", start_price = -1, end_price = -1, page = 1 })).Data!.Value.GetProperty("total").GetInt32());

        var ids = products.EnumerateArray().Select(p => p.GetProperty("productid").GetInt64()).ToArray();
        var updated = await admin.PutAsync($"/v1/goods/{goodsId}", new
        {
            goods_name = "明基鼠标 二代", cat_id = mice, on_sale = true, limit_count = 2, goods_image = new[] { "http://files.example/m2.jpg" },
            products = new object[]
            {
                new { productid = ids[0], spec_val = "颜色:::红色", skuid = "ben001", market_price = 199, sales_price = 150 },
                new { productid = 0, spec_val = "颜色:::白色", skuid = "ben003", market_price = 199, sales_price = 170, stock = 7 },
            },
        });
        Assert.Equal(0, updated.ErrCode);
        var afterUpdate = updated.First.GetProperty("products").EnumerateArray().ToList();
        Assert.Equal(3, afterUpdate.Count);
        Assert.False(afterUpdate.Single(p => p.GetProperty("productid").GetInt64() == ids[1]).GetProperty("enabled").GetBoolean());
        Assert.Equal(7, afterUpdate.Single(p => p.GetProperty("skuid").GetString() == "ben003").GetProperty("stock").GetInt32());

        var detail = await client.CallAsync("goods.detail", new { goods_id = goodsId, token = "" });
        Assert.Equal("明基鼠标 二代", detail.Str("goods_name"));
        Assert.Equal(150, detail.Data!.Value.GetProperty("min_price").GetInt32());

        var off = await admin.PutAsync($"/v1/goods/{goodsId}/sale", new { on_sale = false });
        Assert.False(off.First.GetProperty("on_sale").GetBoolean());
        Assert.Equal(0, (await client.CallAsync("goods.list", new { cat_id = -1, keywords = "", start_price = -1, end_price = -1, page = 1 })).Data!.Value.GetProperty("total").GetInt32());
        Assert.Equal(2L, (await admin.GetAsync("/v1/goods?on_sale=false")).Count);

        var album = await admin.PutAsync($"/v1/goods/{goodsId}/images", new { goods_image = new[] { "https://img.example/a.jpg", "/uploads/b.jpg" } });
        Assert.Equal(["https://img.example/a.jpg", "/uploads/b.jpg"], album.First.GetProperty("goods_image").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("https://img.example/a.jpg", album.First.GetProperty("goods_img").GetString());
    }

    [Fact]
    public async Task Stock_changes_by_a_delta_with_a_reason_shows_in_goods_detail_and_is_journaled()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var mice = await CategoryAsync(admin, "鼠标");
        var goods = (await admin.PostAsync("/v1/goods", MouseBody(mice))).First;
        var goodsId = goods.GetProperty("goodsid").GetInt64();
        var red = goods.GetProperty("products")[0].GetProperty("productid").GetInt64();
        var other = (await admin.PostAsync("/v1/goods", MouseBody(mice, "ben101", "ben102"))).First.GetProperty("products")[0].GetProperty("productid").GetInt64();

        var added = await admin.PostAsync($"/v1/goods/{goodsId}/stock", new { productid = red, delta = 25, reason = "补货" });
        var removed = await admin.PostAsync($"/v1/goods/{goodsId}/stock", new { productid = red, delta = -4, reason = "破损" });
        var tooMuch = await admin.PostAsync($"/v1/goods/{goodsId}/stock", new { productid = red, delta = -100_000, reason = "清仓" });
        var zero = await admin.PostAsync($"/v1/goods/{goodsId}/stock", new { productid = red, delta = 0, reason = "x" });
        var noReason = await admin.PostAsync($"/v1/goods/{goodsId}/stock", new { productid = red, delta = 1, reason = " " });
        var foreign = await admin.PostAsync($"/v1/goods/{goodsId}/stock", new { productid = other, delta = 1, reason = "x" });
        var unknownGoods = await admin.PostAsync("/v1/goods/999999/stock", new { productid = red, delta = 1, reason = "x" });

        Assert.Equal((0, 1024), (added.ErrCode, added.First.GetProperty("stock").GetInt32()));
        Assert.Equal(1020, removed.First.GetProperty("stock").GetInt32());
        Assert.Equal((409, "delta"), (tooMuch.HttpStatus, Field(tooMuch)));
        Assert.Equal((400, "delta"), (zero.HttpStatus, Field(zero)));
        Assert.Equal((400, "reason"), (noReason.HttpStatus, Field(noReason)));
        Assert.Equal((404, "productid"), (foreign.HttpStatus, Field(foreign)));
        Assert.Equal(404, unknownGoods.HttpStatus);

        var detail = await host.Client().CallAsync("goods.detail", new { goods_id = goodsId, token = "" });
        Assert.Equal(1020, detail.Data!.Value.GetProperty("products").GetProperty("颜色:::红色").GetProperty("stock").GetInt32());

        var journal = await admin.GetAsync($"/v1/goods/{goodsId}/stock?productid={red}");
        Assert.Equal(["破损", "补货", "opening stock"], journal.Data!.Value.EnumerateArray().Select(j => j.GetProperty("reason").GetString()));
        Assert.Equal([-4, 25, 999], journal.Data!.Value.EnumerateArray().Select(j => j.GetProperty("delta").GetInt32()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", journal.First.GetProperty("c_time").GetString());
        Assert.Equal(4L, (await admin.GetAsync($"/v1/goods/{goodsId}/stock")).Count);
        Assert.Equal(404, (await admin.GetAsync($"/v1/goods/{goodsId}/stock?productid={other}")).HttpStatus);
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_the_field_and_writes_nothing()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var mice = await CategoryAsync(admin, "鼠标");
        var articles = (await admin.PostAsync("/v1/categories", new { cat_name = "资讯", cat_type = 1 })).First.GetProperty("cat_id").GetInt64();

        var cases = new (object Body, string Field)[]
        {
            (Single(mice, salesPrice: -1), "products[0].sales_price"),
            (Single(mice, stock: -5), "products[0].stock"),
            (Single(mice, name: new string('长', 101)), "goods_name"),
            (Single(mice, name: " "), "goods_name"),
            (Single(mice, sku: new string('s', 51)), "products[0].skuid"),
            (Single(999_999), "cat_id"),
            (Single(articles), "cat_id"),
            (new { goods_name = "x", cat_id = mice, products = Array.Empty<object>() }, "products"),
            (new { goods_name = "x", cat_id = mice, products = new[] { new { skuid = "a", market_price = "9", sales_price = 1 } } }, "products"),
            (new { goods_name = "x", cat_id = mice, products = new[] { new { skuid = "a", market_price = 9, sales_price = 1 } }, colour = "red" }, "colour"),
            (new { goods_name = "x", cat_id = mice }, "products"),
            (new { goods_name = "x", cat_id = mice, goods_image = new[] { "ftp://x" }, products = new[] { new { skuid = "a", market_price = 9, sales_price = 1 } } }, "goods_image[0]"),
        };
        foreach (var (body, field) in cases)
        {
            var reply = await admin.PostAsync("/v1/goods", body);
            Assert.True(reply.HttpStatus == 400 && reply.ErrCode != 0 && Field(reply) == field, $"{JsonSerializer.Serialize(body)} answered {reply}");
        }

        var malformed = await admin.SendRawAsync(HttpMethod.Post, "/v1/goods", "{\"goods_name\": ");
        Assert.Equal((400, "body"), (malformed.HttpStatus, Field(malformed)));
        Assert.Equal("{\"errCode\":0,\"message\":\"OK\",\"data\":[],\"count\":0}", (await admin.GetAsync("/v1/goods")).Body);

        var goodsId = (await admin.PostAsync("/v1/goods", Single(mice))).First.GetProperty("goodsid").GetInt64();
        var badUpdate = await admin.PutAsync($"/v1/goods/{goodsId}", Single(mice, salesPrice: -3, name: "改名"));
        var unknownProduct = await admin.PutAsync($"/v1/goods/{goodsId}", new
        {
            goods_name = "改名", cat_id = mice, products = new[] { new { productid = 424242L, skuid = "a", market_price = 9, sales_price = 1 } },
        });
        Assert.Equal((400, "products[0].sales_price"), (badUpdate.HttpStatus, Field(badUpdate)));
        Assert.Equal((400, "products[0].productid"), (unknownProduct.HttpStatus, Field(unknownProduct)));
        Assert.Equal("单品", (await admin.GetAsync($"/v1/goods/{goodsId}")).First.GetProperty("goods_name").GetString());

        Assert.Equal(404, (await admin.GetAsync("/v1/goods/999999")).HttpStatus);
        Assert.Equal(404, (await admin.PutAsync("/v1/goods/999999", Single(mice))).HttpStatus);
        Assert.Equal(404, (await admin.PutAsync("/v1/goods/999999/sale", new { on_sale = true })).HttpStatus);
        Assert.Equal(404, (await admin.PutAsync("/v1/goods/999999/images", new { goods_image = Array.Empty<string>() })).HttpStatus);
        Assert.Equal((400, "on_sale"), Of(await admin.GetAsync("/v1/goods?on_sale=yes")));
        Assert.Equal((400, "cat_id"), Of(await admin.GetAsync("/v1/goods?cat_id=abc")));
        Assert.Equal((400, "keywords"), Of(await admin.GetAsync("/v1/goods?keywords=" + new string('k', 51))));
        Assert.Equal((400, "__limit"), Of(await admin.GetAsync("/v1/goods?__limit=2001")));
        Assert.Equal((400, "goods_image"), Of(await admin.PutAsync($"/v1/goods/{goodsId}/images", new { goods_image = Enumerable.Repeat("/a.jpg", 21) })));
    }

    internal static async Task<long> CategoryAsync(AdminClient admin, string name, long parentId = 0)
    {
        var reply = await admin.PostAsync("/v1/categories", new { cat_name = name, cat_type = 3, parentid = parentId });
        Assert.True(reply.ErrCode == 0, reply.ToString());
        return reply.First.GetProperty("cat_id").GetInt64();
    }

    internal static object MouseBody(long catId, string red = "ben001", string black = "ben002") => new
    {
        goods_name = "明基鼠标",
        cat_id = catId,
        on_sale = true,
        goods_image = new[] { "http://files.example/m1.jpg" },
        products = new[]
        {
            new { spec_val = "颜色:::红色", skuid = red, market_price = 199, sales_price = 160, stock = 999 },
            new { spec_val = "颜色:::黑色", skuid = black, market_price = 199, sales_price = 160, stock = 500 },
        },
    };

    private static object Single(long catId, int salesPrice = 10, int stock = 3, string name = "单品", string sku = "sku-1") => new
    {
        goods_name = name,
        cat_id = catId,
        on_sale = true,
        products = new[] { new { skuid = sku, market_price = 20, sales_price = salesPrice, stock } },
    };

    internal static string Field(AdminResponse reply) => reply.Message.Split(':')[0];

    internal static (int, string) Of(AdminResponse reply) => (reply.HttpStatus, Field(reply));
}
