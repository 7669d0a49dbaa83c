using System.Text.Json;
using ApiHost.Api;
using Orleans.Grains.Catalog;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.CatalogGaps;

/// <summary>buy_count / month_buy_count of goods.list and goods.detail: units in orders that are not closed (all time,
/// and placed in the last 30 days), following orders as they are placed, cancelled, closed, bought in a flash sale,
/// and across a restart.</summary>
public sealed class SalesCountTests
{
    private static readonly object AllGoods = new { cat_id = -1, keywords = "", start_price = -1, end_price = -1, page = 1 };

    [Fact]
    public async Task Counts_are_units_of_open_orders_leave_on_cancel_and_close_and_the_month_count_rolls_off()
    {
        await using var host = new GapsHost();
        var admin = await host.AdminAsync();
        var (mouse, red, black) = await MouseAsync(admin);
        var (keyboard, key) = await KeyboardAsync(admin);
        var alice = await host.ShopperAsync(admin, "13600000001", 10_000);
        var bob = await host.ShopperAsync(admin, "13600000002", 10_000);
        var client = host.Client();

        Assert.Equal((0, 0), await ListedAsync(client, mouse));
        var aliceMice = await alice.OrderAsync($"{mouse},{red},2|{mouse},{black},1");
        var bobMouse = await bob.OrderAsync($"{mouse},{red},1");
        var aliceKeyboard = await alice.OrderAsync($"{keyboard},{key},1");

        Assert.Equal((4, 4), await ListedAsync(client, mouse));
        Assert.Equal((1, 1), await ListedAsync(client, keyboard));
        Assert.Equal((4, 4), await DetailAsync(client, mouse));

        // A cancelled order (and an admin-closed one) stops counting, once: a second cancel changes nothing.
        Assert.Equal(200, (await bob.CancelAsync(bobMouse)).Code);
        Assert.NotEqual(200, (await bob.CancelAsync(bobMouse)).Code);
        Assert.Equal(0, (await admin.PostAsync($"/v1/orders/{aliceKeyboard}/close", new { reason = "缺货" })).ErrCode);
        Assert.Equal((3, 3), await ListedAsync(client, mouse));
        Assert.Equal((3, 3), await DetailAsync(client, mouse));
        Assert.Equal((0, 0), await ListedAsync(client, keyboard));

        // Shipped and confirmed orders still count; the 30-day count forgets them on day 31, the total never does.
        Assert.Equal(0, (await admin.PostAsync($"/v1/orders/{aliceMice}/ship", new { note = "SF1" })).ErrCode);
        Assert.Equal(200, (await alice.Client.CallAsync("order.confirm", new { token = alice.Token, order_sn = aliceMice })).Code);
        host.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal((3, 3), await ListedAsync(client, mouse));
        host.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal((3, 0), await ListedAsync(client, mouse));
        Assert.Equal((3, 0), await DetailAsync(client, mouse));

        // Admins see the same counts in their goods list (signed in again: a month has passed).
        var listed = (await (await host.AdminAsync()).GetAsync("/v1/goods")).Data!.Value.EnumerateArray().Single(g => g.GetProperty("goodsid").GetInt64() == mouse);
        Assert.Equal((3, 0), (listed.GetProperty("buy_count").GetInt32(), listed.GetProperty("month_buy_count").GetInt32()));
    }

    [Fact]
    public async Task Flash_sale_orders_count_and_counts_and_their_undoing_survive_a_restart()
    {
        string dataDirectory;
        long mouse, red;
        string closeLater;
        var clock = new ManualClock();
        await using (var host = new GapsHost("Sqlite", clock: clock))
        {
            dataDirectory = host.DataDirectory;
            var admin = await host.AdminAsync();
            (mouse, red, _) = await MouseAsync(admin);
            var now = clock.GetUtcNow();
            var sale = await admin.PostAsync("/v1/seckills", new
            {
                productid = red, quota = 10, price = 10, start_time = ApiTime.Format(now.AddMinutes(-1)), end_time = ApiTime.Format(now.AddHours(1)), limit_per_user = 0,
            });
            Assert.True(sale.ErrCode == 0, sale.ToString());
            var buyer = await host.ShopperAsync(admin, "13600000003", 10_000);
            var requestToken = (await buyer.Client.CallAsync("system.request.token", new { token = buyer.Token, number = 1 })).Str("token");
            var bought = await buyer.Client.CallAsync("seckill.buy", new
            {
                token = buyer.Token, seckill_id = sale.First.GetProperty("id").GetInt64(), quantity = 2, address_id = buyer.AddressId, request_token = requestToken,
            });
            Assert.True(bought.Code == 200, bought.ToString());
            closeLater = await buyer.OrderAsync($"{mouse},{red},3");
            Assert.Equal((5, 5), await ListedAsync(host.Client(), mouse));
        }

        await using (var restarted = new GapsHost("Sqlite", dataDirectory, clock))
        {
            Assert.Equal((5, 5), await ListedAsync(restarted.Client(), mouse));
            var admin = await restarted.AdminAsync();
            Assert.Equal(0, (await admin.PostAsync($"/v1/orders/{closeLater}/close", new { reason = "地址无法送达" })).ErrCode);
            Assert.Equal((2, 2), await ListedAsync(restarted.Client(), mouse));
            Assert.Equal((2, 2), await DetailAsync(restarted.Client(), mouse));
        }
    }

    [Fact]
    public async Task A_repeated_report_of_an_order_counts_once_and_counts_never_go_below_zero()
    {
        await using var host = new GapsHost();
        var admin = await host.AdminAsync();
        var (mouse, _, _) = await MouseAsync(admin);
        var sales = host.Grains.GetGrain<IGoodsSalesGrain>(mouse);
        var now = host.Clock.GetUtcNow();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => sales.Record(new GoodsSale("X1", 3, now, Counted: true))));
        await sales.Record(new GoodsSale("X2", 2, now.AddDays(-40), Counted: true));
        Assert.Equal(new GoodsSales(mouse, 5, 3), await sales.Get());
        Assert.Equal((5, 3), await ListedAsync(host.Client(), mouse));

        await sales.Record(new GoodsSale("X1", 3, now, Counted: false));
        await sales.Record(new GoodsSale("X1", 3, now, Counted: false));
        await sales.Record(new GoodsSale("X9", 50, now, Counted: false));
        Assert.Equal(new GoodsSales(mouse, 0, 0), await sales.Get());
        Assert.Equal((0, 0), await ListedAsync(host.Client(), mouse));
    }

    internal static async Task<(int BuyCount, int MonthBuyCount)> ListedAsync(YafClient client, long goodsId)
    {
        var list = await client.CallAsync("goods.list", AllGoods);
        Assert.True(list.Code == 200, list.ToString());
        var row = list.Data!.Value.GetProperty("list").EnumerateArray().Single(g => g.GetProperty("goodsid").GetInt64() == goodsId);
        return Counts(row);
    }

    private static async Task<(int, int)> DetailAsync(YafClient client, long goodsId)
    {
        var detail = await client.CallAsync("goods.detail", new { goods_id = goodsId, token = "" });
        Assert.True(detail.Code == 200, detail.ToString());
        return Counts(detail.Data!.Value);
    }

    private static (int, int) Counts(JsonElement goods) =>
        (goods.GetProperty("buy_count").GetInt32(), goods.GetProperty("month_buy_count").GetInt32());

    internal static async Task<long> CategoryAsync(AdminClient admin, string name)
    {
        var reply = await admin.PostAsync("/v1/categories", new { cat_name = name, cat_type = 3, parentid = 0 });
        Assert.True(reply.ErrCode == 0, reply.ToString());
        return reply.First.GetProperty("cat_id").GetInt64();
    }

    internal static async Task<(long GoodsId, long Red, long Black)> MouseAsync(AdminClient admin)
    {
        var created = await admin.PostAsync("/v1/goods", new
        {
            goods_name = "明基鼠标", cat_id = await CategoryAsync(admin, "鼠标"), on_sale = true,
            products = new[]
            {
                new { spec_val = "颜色:::红色", skuid = "ben001", market_price = 199, sales_price = 160, stock = 999 },
                new { spec_val = "颜色:::黑色", skuid = "ben002", market_price = 199, sales_price = 160, stock = 500 },
            },
        });
        Assert.True(created.ErrCode == 0, created.ToString());
        var products = created.First.GetProperty("products");
        return (created.First.GetProperty("goodsid").GetInt64(), products[0].GetProperty("productid").GetInt64(), products[1].GetProperty("productid").GetInt64());
    }

    private static async Task<(long GoodsId, long Product)> KeyboardAsync(AdminClient admin)
    {
        var created = await admin.PostAsync("/v1/goods", new
        {
            goods_name = "ikbc C104 樱桃轴机械键盘", cat_id = await CategoryAsync(admin, "键盘"), on_sale = true,
            products = new[] { new { skuid = "ikbc00000001", market_price = 399, sales_price = 399, stock = 993 } },
        });
        Assert.True(created.ErrCode == 0, created.ToString());
        return (created.First.GetProperty("goodsid").GetInt64(), created.First.GetProperty("products")[0].GetProperty("productid").GetInt64());
    }
}
