using ApiHost.Api;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>Admins query orders on the read model and ship or close them through the order grain.</summary>
public sealed class OrderAdminTests
{
    [Fact]
    public async Task Orders_are_queried_by_user_status_sale_and_time_then_shipped_confirmed_and_closed()
    {
        await using var host = new MallHttpHost("Sqlite");
        var admin = await host.AdminAsync();
        var now = DateTimeOffset.UtcNow;
        var productId = await host.Seed.GoodsAsync(1, stock: 50, price: 10);
        var created = await admin.PostAsync("/v1/seckills", new
        {
            productid = productId, quota = 10, price = 10, start_time = ApiTime.Format(now.AddMinutes(-1)), end_time = ApiTime.Format(now.AddHours(1)), limit_per_user = 0,
        });
        var saleId = created.First.GetProperty("id").GetInt64();
        var alice = await host.BuyerAsync(admin, "13500000001", 100);
        var bob = await host.BuyerAsync(admin, "13500000002", 100);
        var a1 = (await alice.BuyAsync(saleId, await alice.RequestTokenAsync(), 2)).Str("order_sn");
        var a2 = (await alice.BuyAsync(saleId, await alice.RequestTokenAsync())).Str("order_sn");
        var b1 = (await bob.BuyAsync(saleId, await bob.RequestTokenAsync())).Str("order_sn");

        var all = await admin.GetAsync($"/v1/orders?seckill_id={saleId}");
        var alices = await admin.GetAsync($"/v1/orders?userid={alice.UserId}&__limit=1&__page=2");
        var future = await admin.GetAsync($"/v1/orders?start_time={Uri.EscapeDataString(ApiTime.Format(now.AddDays(1)))}");
        Assert.Equal(3, all.Count);
        Assert.Equal(new[] { b1, a2, a1 }.ToHashSet(), all.Data!.Value.EnumerateArray().Select(o => o.GetProperty("order_sn").GetString()!).ToHashSet());
        Assert.Equal(4, all.Data!.Value.EnumerateArray().Sum(o => o.GetProperty("quantity").GetInt32()));
        Assert.Equal((2L, 1), (alices.Count, alices.Data!.Value.GetArrayLength()));
        Assert.Equal("{\"errCode\":0,\"message\":\"OK\",\"data\":[],\"count\":0}", future.Body);

        var shipped = await admin.PostAsync($"/v1/orders/{a1}/ship", new { note = "顺丰 SF123" });
        Assert.Equal((2, "已发货", "顺丰 SF123"), (shipped.First.GetProperty("order_status").GetInt32(), shipped.First.GetProperty("order_status_label").GetString(), shipped.First.GetProperty("shipping_note").GetString()));
        Assert.Equal(409, (await admin.PostAsync($"/v1/orders/{a1}/ship", new { note = "again" })).HttpStatus);
        Assert.Equal(200, (await alice.Client.CallAsync("order.confirm", new { token = alice.Token, order_sn = a1 })).Code);
        Assert.Equal(409, (await admin.PostAsync($"/v1/orders/{a1}/close", new { reason = "too late" })).HttpStatus);

        var closed = await admin.PostAsync($"/v1/orders/{b1}/close", new { reason = "缺货" });
        Assert.Equal(4, closed.First.GetProperty("order_status").GetInt32());
        Assert.Equal(100, await bob.GoldAsync());
        Assert.Equal(1, (await admin.GetAsync("/v1/orders?order_status=4")).Count);
        Assert.Equal(1, (await admin.GetAsync("/v1/orders?order_status=3")).Count);
        Assert.Equal(3, (await admin.GetAsync($"/v1/seckills/{saleId}")).First.GetProperty("sold").GetInt32());
    }

    [Fact]
    public async Task Bad_filters_and_unknown_orders_answer_clean_errors()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();

        var badUser = await admin.GetAsync("/v1/orders?userid=abc");
        var badStatus = await admin.GetAsync("/v1/orders?order_status=9");
        var badTime = await admin.GetAsync("/v1/orders?start_time=yesterday");
        Assert.Equal((400, "userid"), (badUser.HttpStatus, badUser.Message.Split(':')[0]));
        Assert.Equal((400, "order_status"), (badStatus.HttpStatus, badStatus.Message.Split(':')[0]));
        Assert.Equal((400, "start_time"), (badTime.HttpStatus, badTime.Message.Split(':')[0]));
        Assert.Equal(404, (await admin.GetAsync("/v1/orders/SN2026010100000000001")).HttpStatus);
        Assert.Equal(404, (await admin.PostAsync("/v1/orders/SN2026010100000000001/ship", new { note = "x" })).HttpStatus);
        Assert.Equal(400, (await admin.PostAsync("/v1/orders/SN2026010100000000001/close", new { reason = "" })).HttpStatus);
    }
}
