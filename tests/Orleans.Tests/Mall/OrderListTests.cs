using System.Text.Json;
using ApiHost.Api;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>order.list through the signed protocol: a user's own orders only, newest first, twenty a page, with the
/// filters of section 2.26 (status, order_sn, creation time), following shipping and cancelling.</summary>
public sealed class OrderListTests
{
    [Fact]
    public async Task A_users_orders_are_listed_newest_first_by_page_and_filtered_by_status_number_and_time()
    {
        await using var host = new MallHttpHost("Sqlite");
        var admin = await host.AdminAsync();
        var now = DateTimeOffset.UtcNow;
        var created = await admin.PostAsync("/v1/seckills", new
        {
            productid = await host.Seed.GoodsAsync(1, stock: 100, price: 1), quota = 50, price = 1,
            start_time = ApiTime.Format(now.AddMinutes(-1)), end_time = ApiTime.Format(now.AddHours(1)), limit_per_user = 0,
        });
        var saleId = created.First.GetProperty("id").GetInt64();
        var alice = await host.BuyerAsync(admin, "13600000001", 100);
        var bob = await host.BuyerAsync(admin, "13600000002", 100);
        var bought = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            bought.Add((await alice.BuyAsync(saleId, await alice.RequestTokenAsync())).Str("order_sn"));
        }

        var bobs = (await bob.BuyAsync(saleId, await bob.RequestTokenAsync())).Str("order_sn");
        var newestFirst = Enumerable.Reverse(bought).ToList();

        var first = await ListAsync(alice, new { page = 1 });
        var second = await ListAsync(alice, new { page = 2 });
        Assert.Equal((23, 20, true), (first.GetProperty("total").GetInt32(), first.GetProperty("count").GetInt32(), first.GetProperty("isnext").GetBoolean()));
        Assert.Equal((23, false), (second.GetProperty("total").GetInt32(), second.GetProperty("isnext").GetBoolean()));
        Assert.Equal(newestFirst, Sns(first).Concat(Sns(second)));
        Assert.Empty(Sns(await ListAsync(alice, new { page = 3 })));

        await admin.PostAsync($"/v1/orders/{bought[0]}/ship", new { note = "顺丰 SF1" });
        Assert.Equal(200, (await alice.Client.CallAsync("order.cancel", new { token = alice.Token, order_sn = bought[1] })).Code);
        var shipped = await ListAsync(alice, new { page = 1, order_status = 2 });
        Assert.Equal([bought[0]], Sns(shipped));
        Assert.Equal("已发货", shipped.GetProperty("list")[0].GetProperty("order_status_label").GetString());
        Assert.Equal([bought[1]], Sns(await ListAsync(alice, new { page = 1, order_status = 4 })));
        Assert.Equal(21, (await ListAsync(alice, new { page = 1, order_status = 1 })).GetProperty("total").GetInt32());

        Assert.Equal([bought[5]], Sns(await ListAsync(alice, new { page = 1, order_sn = bought[5] })));
        Assert.Empty(Sns(await ListAsync(alice, new { page = 1, order_sn = bobs }))); // someone else's order is not listed
        Assert.Equal([bobs], Sns(await ListAsync(bob, new { page = 1 })));

        Assert.Empty(Sns(await ListAsync(alice, new { page = 1, start_time = ApiTime.Format(now.AddDays(1)) })));
        Assert.Empty(Sns(await ListAsync(alice, new { page = 1, end_time = ApiTime.Format(now.AddDays(-1)) })));
        Assert.Equal(23, (await ListAsync(alice, new { page = 1, start_time = ApiTime.Format(now.AddMinutes(-5)), end_time = ApiTime.Format(now.AddMinutes(5)) }))
            .GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_filters_answer_parameter_errors()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var alice = await host.BuyerAsync(admin, "13600000003", 0);
        foreach (var parameters in new object[]
        {
            new { token = alice.Token, order_status = 5 },
            new { token = alice.Token, order_sn = new string('1', 33) },
            new { token = alice.Token, start_time = "yesterday" },
        })
        {
            var reply = await alice.Client.CallAsync("order.list", parameters);
            Assert.NotEqual(200, reply.Code);
            Assert.Null(reply.Data);
        }
    }

    private static async Task<JsonElement> ListAsync(Buyer buyer, object filters)
    {
        var parameters = JsonSerializer.SerializeToElement(filters).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value.Clone());
        parameters["token"] = buyer.Token;
        var reply = await buyer.Client.CallAsync("order.list", parameters);
        Assert.Equal(200, reply.Code);
        return reply.Data!.Value;
    }

    private static List<string> Sns(JsonElement page) => [.. page.GetProperty("list").EnumerateArray().Select(o => o.GetProperty("order_sn").GetString()!)];
}
