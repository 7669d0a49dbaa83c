using System.Collections.Concurrent;
using ApiHost.Api;
using Orleans.Grains.Mall;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>Flash sales through the real HTTP paths: admins create and watch them over REST, buyers sign up and buy
/// through the signed protocol, many at once.</summary>
public sealed class SeckillHttpTests
{
    private static object Sale(long productId, int quota, int price, int limit, DateTimeOffset start, DateTimeOffset end) => new
    {
        productid = productId, quota, price, start_time = ApiTime.Format(start), end_time = ApiTime.Format(end), limit_per_user = limit,
    };

    private static async Task<long> CreateSaleAsync(AdminClient admin, object sale)
    {
        var created = await admin.PostAsync("/v1/seckills", sale);
        Assert.True(created.ErrCode == 0, created.ToString());
        return created.First.GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task A_thousand_buyers_at_once_over_http_get_exactly_the_quota()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var productId = await host.Seed.GoodsAsync(1, stock: 300, price: 10);
        var saleId = await CreateSaleAsync(admin, Sale(productId, 100, 10, 1, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1)));
        var gate = new SemaphoreSlim(32);
        var buyers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var buyer = await host.BuyerAsync(admin, $"1380000{i:D4}", 50);
                return (buyer, await buyer.RequestTokenAsync());
            }
            finally
            {
                gate.Release();
            }
        }));

        var replies = await Task.WhenAll(buyers.Select(b => Task.Run(() => b.buyer.BuyAsync(saleId, b.Item2))));

        var won = replies.Where(r => r.Code == 200).ToList();
        Assert.Equal(100, won.Count);
        Assert.All(replies.Where(r => r.Code != 200), r => Assert.Equal((503, "商品已抢光"), (r.Code, r.Msg)));
        Assert.Equal(100, won.Select(r => r.Str("order_sn")).Distinct().Count());
        var sale = (await admin.GetAsync($"/v1/seckills/{saleId}")).First;
        Assert.Equal((100, 0, 100), (sale.GetProperty("sold").GetInt32(), sale.GetProperty("remaining").GetInt32(), sale.GetProperty("orders").GetInt32()));
        Assert.Equal(900, sale.GetProperty("rejections").GetProperty("SoldOut").GetInt64());
        Assert.Equal(200, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
    }

    [Fact]
    public async Task One_user_firing_fifty_parallel_buys_with_limit_one_gets_one_order()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var saleId = await CreateSaleAsync(admin, Sale(await host.Seed.GoodsAsync(2, stock: 100, price: 1), 100, 1, 1, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1)));
        var buyer = await host.BuyerAsync(admin, "13900000001", 100);
        var tokens = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => buyer.RequestTokenAsync()));

        var replies = await Task.WhenAll(tokens.Select(t => Task.Run(() => buyer.BuyAsync(saleId, t))));

        Assert.Single(replies, r => r.Code == 200);
        Assert.All(replies.Where(r => r.Code != 200), r => Assert.Equal((503, "已达到每人限购数量"), (r.Code, r.Msg)));
        Assert.Equal(99, await buyer.GoldAsync());
        var orders = await buyer.Client.CallAsync("order.list", new { token = buyer.Token, page = 1 });
        Assert.Equal(1, orders.Data!.Value.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_same_signed_request_many_times_at_once_makes_one_order_and_a_re_signed_retry_gets_it_back()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var saleId = await CreateSaleAsync(admin, Sale(await host.Seed.GoodsAsync(3, stock: 100, price: 5), 50, 5, 0, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1)));
        var buyer = await host.BuyerAsync(admin, "13900000002", 100);
        var requestToken = await buyer.RequestTokenAsync();
        var parameters = new { token = buyer.Token, seckill_id = saleId, quantity = 1, address_id = buyer.AddressId, request_token = requestToken };
        var data = buyer.Client.BuildData("seckill.buy", parameters);
        var sign = buyer.Client.Sign(data);

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => buyer.Client.PostAsync(data, sign))));
        var retry = await buyer.Client.CallAsync("seckill.buy", parameters); // same token, fresh signature: the answer was "lost"

        var ok = Assert.Single(replies, r => r.Code == 200);
        Assert.All(replies.Where(r => r.Code != 200), r => Assert.Equal(503, r.Code));
        Assert.Equal(200, retry.Code);
        Assert.Equal(ok.Str("order_sn"), retry.Str("order_sn"));
        Assert.Equal(95, await buyer.GoldAsync());
        Assert.Equal(1, (await admin.GetAsync($"/v1/seckills/{saleId}")).First.GetProperty("orders").GetInt32());
    }

    [Fact]
    public async Task Refusals_say_why_and_change_nothing()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var now = DateTimeOffset.UtcNow;
        var productId = await host.Seed.GoodsAsync(4, stock: 100, price: 50);
        var running = await CreateSaleAsync(admin, Sale(productId, 1, 50, 0, now.AddMinutes(-1), now.AddHours(1)));
        var upcoming = await CreateSaleAsync(admin, Sale(productId, 5, 50, 0, now.AddHours(1), now.AddHours(2)));
        var poor = await host.BuyerAsync(admin, "13900000003", 10);
        var rich = await host.BuyerAsync(admin, "13900000004", 500);

        Assert.Equal((503, "金币不足"), Reply(await poor.BuyAsync(running, await poor.RequestTokenAsync())));
        Assert.Equal((503, "秒杀尚未开始"), Reply(await rich.BuyAsync(upcoming, await rich.RequestTokenAsync())));
        Assert.Equal((503, "秒杀活动不存在"), Reply(await rich.BuyAsync(987654, await rich.RequestTokenAsync())));
        Assert.Equal((503, "请求令牌无效或已使用"), Reply(await rich.BuyAsync(running, "00000000000000000000000000000000")));
        Assert.Equal(10, await poor.GoldAsync());
        Assert.Equal(1, (await admin.GetAsync($"/v1/seckills/{running}")).First.GetProperty("remaining").GetInt32());

        Assert.Equal(200, (await rich.BuyAsync(running, await rich.RequestTokenAsync())).Code);
        Assert.Equal((503, "商品已抢光"), Reply(await rich.BuyAsync(running, await rich.RequestTokenAsync())));
        Assert.Equal(0, (await admin.PostAsync($"/v1/seckills/{running}/stop")).ErrCode);
        Assert.Equal((503, "秒杀已结束"), Reply(await rich.BuyAsync(running, await rich.RequestTokenAsync())));
        Assert.Equal(450, await rich.GoldAsync());
    }

    [Fact]
    public async Task Cancelling_over_http_returns_quota_and_gold_once()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var saleId = await CreateSaleAsync(admin, Sale(await host.Seed.GoodsAsync(5, stock: 10, price: 20), 2, 20, 1, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1)));
        var buyer = await host.BuyerAsync(admin, "13900000005", 100);
        var orderSn = (await buyer.BuyAsync(saleId, await buyer.RequestTokenAsync())).Str("order_sn");

        var cancels = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => buyer.Client.CallAsync("order.cancel", new { token = buyer.Token, order_sn = orderSn }))));

        Assert.Single(cancels, r => r.Code == 200);
        Assert.Equal(100, await buyer.GoldAsync());
        var sale = (await admin.GetAsync($"/v1/seckills/{saleId}")).First;
        Assert.Equal((0, 2), (sale.GetProperty("sold").GetInt32(), sale.GetProperty("remaining").GetInt32()));
        var detail = await buyer.Client.CallAsync("order.detail", new { token = buyer.Token, order_sn = orderSn });
        Assert.Equal(4, detail.Data!.Value.GetProperty("order_status").GetInt32());
    }

    [Fact]
    public async Task Admins_manage_sales_with_clean_errors()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var now = DateTimeOffset.UtcNow;
        var productId = await host.Seed.GoodsAsync(6, stock: 10, price: 5);

        var tooBig = await admin.PostAsync("/v1/seckills", Sale(productId, 11, 5, 0, now.AddHours(1), now.AddHours(2)));
        var backwards = await admin.PostAsync("/v1/seckills", Sale(productId, 1, 5, 0, now.AddHours(2), now.AddHours(1)));
        var badTime = await admin.PostAsync("/v1/seckills", new { productid = productId, quota = 1, price = 5, start_time = "tomorrow", end_time = "later" });
        var unknownField = await admin.PostAsync("/v1/seckills", new { productid = productId, quota = 1, price = 5, start_time = "2030-01-01 00:00:00", end_time = "2030-01-02 00:00:00", colour = "red" });
        Assert.Equal((400, "quota"), (tooBig.HttpStatus, tooBig.Message.Split(':')[0]));
        Assert.Equal((400, "end_time"), (backwards.HttpStatus, backwards.Message.Split(':')[0]));
        Assert.Equal((400, "start_time"), (badTime.HttpStatus, badTime.Message.Split(':')[0]));
        Assert.Equal(400, unknownField.HttpStatus);
        Assert.Equal(404, (await admin.GetAsync("/v1/seckills/424242")).HttpStatus);
        Assert.Equal(10, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);

        var id = await CreateSaleAsync(admin, Sale(productId, 4, 5, 2, now.AddHours(1), now.AddHours(2)));
        Assert.Equal(6, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        var updated = await admin.PutAsync($"/v1/seckills/{id}", Sale(productId, 7, 6, 2, now.AddHours(1), now.AddHours(3)));
        Assert.Equal((0, 7, 6), (updated.ErrCode, updated.First.GetProperty("quota").GetInt32(), updated.First.GetProperty("price").GetInt32()));
        Assert.Equal(3, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        var list = await admin.GetAsync("/v1/seckills?__limit=10&__page=1");
        Assert.Equal((1L, id), (list.Count, list.First.GetProperty("id").GetInt64()));
        var stopped = await admin.PostAsync($"/v1/seckills/{id}/stop");
        Assert.Equal("stopped", stopped.First.GetProperty("status").GetString());
        Assert.Equal(10, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        Assert.Equal(409, (await admin.PutAsync($"/v1/seckills/{id}", Sale(productId, 1, 6, 0, now.AddHours(1), now.AddHours(3)))).HttpStatus);
    }

    private static (int, string) Reply(YafReply reply) => (reply.Code, reply.Msg);
}
