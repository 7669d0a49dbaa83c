using Orleans.Grains.Mall;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.CatalogGaps;

/// <summary>POST /v1/goods/{id}/stock with a request_id: a retry (also several at once) applies once and answers the
/// same; reusing an id for another change is a 409; the ids are remembered durably and boundedly per product.</summary>
public sealed class StockRequestIdTests
{
    [Fact]
    public async Task A_retried_adjustment_applies_once_and_answers_the_first_answer()
    {
        await using var host = new GapsHost();
        var admin = await host.AdminAsync();
        var (goodsId, red, black) = await SalesCountTests.MouseAsync(admin);
        var path = $"/v1/goods/{goodsId}/stock";

        var first = await admin.PostAsync(path, new { productid = red, delta = 25, reason = "补货", request_id = "restock-0001" });
        var retry = await admin.PostAsync(path, new { productid = red, delta = 25, reason = "补货", request_id = "restock-0001" });
        Assert.Equal((200, 0, 1024), (first.HttpStatus, first.ErrCode, first.First.GetProperty("stock").GetInt32()));
        Assert.Equal(first.Body, retry.Body);
        Assert.Equal("restock-0001", first.First.GetProperty("request_id").GetString());

        // Five copies of one request sent at once: one applies, all answer the same.
        var burst = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            admin.PostAsync(path, new { productid = red, delta = -4, reason = "破损", request_id = "damage-7" })));
        Assert.All(burst, r => Assert.Equal((200, 1020), (r.HttpStatus, r.First.GetProperty("stock").GetInt32())));

        // Another change under a used id is refused; the same id on another product is another request.
        var reused = await admin.PostAsync(path, new { productid = red, delta = 30, reason = "补货", request_id = "restock-0001" });
        Assert.Equal((409, "request_id"), (reused.HttpStatus, reused.Message.Split(':')[0]));
        var otherProduct = await admin.PostAsync(path, new { productid = black, delta = 5, reason = "补货", request_id = "restock-0001" });
        Assert.Equal(505, otherProduct.First.GetProperty("stock").GetInt32());

        // Without an id every POST applies, as before.
        await admin.PostAsync(path, new { productid = red, delta = 1, reason = "盘点" });
        Assert.Equal(1022, (await admin.PostAsync(path, new { productid = red, delta = 1, reason = "盘点" })).First.GetProperty("stock").GetInt32());

        var journal = await admin.GetAsync($"{path}?productid={red}");
        Assert.Equal(["盘点", "盘点", "破损", "补货", "opening stock"], journal.Data!.Value.EnumerateArray().Select(j => j.GetProperty("reason").GetString()));
        var detail = await host.Client().CallAsync("goods.detail", new { goods_id = goodsId, token = "" });
        Assert.Equal(1022, detail.Data!.Value.GetProperty("products").GetProperty("颜色:::红色").GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Bad_request_ids_are_refused_and_nothing_changes()
    {
        await using var host = new GapsHost();
        var admin = await host.AdminAsync();
        var (goodsId, red, _) = await SalesCountTests.MouseAsync(admin);
        var path = $"/v1/goods/{goodsId}/stock";

        foreach (var bad in new[] { "", "has space", "引号", new string('a', 65) })
        {
            var reply = await admin.PostAsync(path, new { productid = red, delta = 1, reason = "补货", request_id = bad });
            Assert.Equal((400, "request_id"), (reply.HttpStatus, reply.Message.Split(':')[0]));
        }

        var refused = await admin.PostAsync(path, new { productid = red, delta = -5000, reason = "清仓", request_id = "big-clear" });
        Assert.Equal((409, "delta"), (refused.HttpStatus, refused.Message.Split(':')[0]));
        Assert.Equal(999, (await admin.GetAsync($"/v1/goods/{goodsId}")).First.GetProperty("products")[0].GetProperty("stock").GetInt32());

        // A refusal is not remembered: once the stock is there, the same id applies.
        await admin.PostAsync(path, new { productid = red, delta = 5000, reason = "到货" });
        Assert.Equal(999, (await admin.PostAsync(path, new { productid = red, delta = -5000, reason = "清仓", request_id = "big-clear" })).First.GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Request_ids_survive_a_restart_and_the_oldest_are_forgotten_past_the_bound()
    {
        string dataDirectory;
        long goodsId, red;
        await using (var host = new GapsHost("Sqlite"))
        {
            dataDirectory = host.DataDirectory;
            var admin = await host.AdminAsync();
            (goodsId, red, _) = await SalesCountTests.MouseAsync(admin);
            Assert.Equal(1000, (await admin.PostAsync($"/v1/goods/{goodsId}/stock", new { productid = red, delta = 1, reason = "补货", request_id = "before-restart" })).First.GetProperty("stock").GetInt32());
        }

        await using var restarted = new GapsHost("Sqlite", dataDirectory);
        var again = await restarted.AdminAsync();
        var path = $"/v1/goods/{goodsId}/stock";
        Assert.Equal(1000, (await again.PostAsync(path, new { productid = red, delta = 1, reason = "补货", request_id = "before-restart" })).First.GetProperty("stock").GetInt32());

        for (var i = 0; i < ProductStockGrain.RememberedRequests; i++)
        {
            Assert.Equal(0, (await again.PostAsync(path, new { productid = red, delta = 1, reason = "补货", request_id = $"later-{i}" })).ErrCode);
        }

        var stock = 1000 + ProductStockGrain.RememberedRequests;
        Assert.Equal(stock, (await again.PostAsync(path, new { productid = red, delta = 1, reason = "补货", request_id = $"later-{ProductStockGrain.RememberedRequests - 1}" })).First.GetProperty("stock").GetInt32());
        Assert.Equal(stock + 1, (await again.PostAsync(path, new { productid = red, delta = 1, reason = "补货", request_id = "before-restart" })).First.GetProperty("stock").GetInt32());
    }
}
