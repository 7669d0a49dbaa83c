using Orleans.Grains.Mall;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall.Shards;

/// <summary>Sales split into stock shards, through the real HTTP paths: the invariants of an unsharded sale hold, the
/// counters add the shards up exactly, and a sold-out shard hands its buyers the other shards' stock.</summary>
public sealed class ShardedSeckillHttpTests
{
    private const string SoldOut = "商品已抢光";
    private const string LimitReached = "已达到每人限购数量";

    [Fact]
    public async Task A_thousand_buyers_on_four_shards_get_exactly_the_quota_and_the_shards_add_up()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var productId = await host.Seed.GoodsAsync(1, stock: 300, price: 10);
        var saleId = await ShardedSale.CreateAsync(admin, productId, quota: 100, price: 10, limit: 1, shards: 4);
        var gate = new SemaphoreSlim(32);
        var buyers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var buyer = await host.BuyerAsync(admin, $"1370000{i:D4}", 50);
                return (Buyer: buyer, RequestToken: await buyer.RequestTokenAsync());
            }
            finally
            {
                gate.Release();
            }
        }));
        Assert.Equal(4, buyers.Select(b => FlashSaleShards.HomeOf(b.Buyer.UserId, 4)).Distinct().Count());

        var replies = await Task.WhenAll(buyers.Select(b => Task.Run(() => b.Buyer.BuyAsync(saleId, b.RequestToken))));

        var won = replies.Where(r => r.Code == 200).ToList();
        Assert.Equal(100, won.Count);
        Assert.All(replies.Where(r => r.Code != 200), r => Assert.Equal((503, SoldOut), (r.Code, r.Msg)));
        var orderSns = won.Select(r => r.Str("order_sn")).ToList();
        Assert.Equal(100, orderSns.Distinct().Count());
        var orders = await Task.WhenAll(orderSns.Select(sn => host.Grains.GetGrain<IOrderGrain>(sn).Get()));
        Assert.Equal(100, orders.Where(o => o!.Status != OrderStatus.Closed).Sum(o => o!.Lines.Sum(l => l.Quantity)));
        Assert.All(orders, o => Assert.Equal(saleId, o!.SeckillId));

        var counters = await ShardedSale.CountersAsync(admin, saleId);
        counters.AssertAddsUp();
        Assert.Equal((100, 0, 100, "soldout", 4), (counters.Sold, counters.Remaining, counters.Orders, counters.Status, counters.Shards));
        Assert.Equal(900, counters.Rejections["SoldOut"]);
        Assert.Equal(200, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        var balances = await Task.WhenAll(buyers.Select(b => b.Buyer.GoldAsync()));
        Assert.Equal((1000 * 50) - (100 * 10), balances.Sum());

        // Clients see one sale, as before.
        var detail = await buyers[0].Buyer.Client.CallAsync("seckill.detail", new { seckill_id = saleId });
        Assert.Equal((200, 100, 0, 2), (detail.Code, detail.Data!.Value.GetProperty("quota").GetInt32(),
            detail.Data!.Value.GetProperty("remaining").GetInt32(), detail.Data!.Value.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task Buyers_of_a_sold_out_shard_are_served_from_the_other_shards()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var productId = await host.Seed.GoodsAsync(2, stock: 8, price: 5);
        var saleId = await ShardedSale.CreateAsync(admin, productId, quota: 8, price: 5, limit: 1, shards: 4);
        var homed = await BuyersHomedAtAsync(host, admin, shard: 0, count: 8, firstMobile: 13600000000);
        var tokens = await Task.WhenAll(homed.Select(b => b.RequestTokenAsync()));

        var replies = await Task.WhenAll(homed.Select((b, i) => Task.Run(() => b.BuyAsync(saleId, tokens[i]))));

        Assert.All(replies, r => Assert.True(r.Code == 200, r.ToString()));
        var counters = await ShardedSale.CountersAsync(admin, saleId);
        counters.AssertAddsUp();
        Assert.Equal((8, 0, 8), (counters.Sold, counters.Remaining, counters.Orders));
        var home = counters.ShardList[0];
        Assert.Equal((2, 8, 8, 6, 0), (home.Share, home.Quota, home.Sold, home.Borrowed, home.Lent));
        Assert.All(counters.ShardList.Skip(1), s => Assert.Equal((0, 0), (s.Sold, s.Quota)));

        // Now every shard is out: a buyer of another shard is refused, and the refusal is counted where it was made.
        var other = (await BuyersHomedAtAsync(host, admin, shard: 3, count: 1, firstMobile: 13600000500)).Single();
        var refused = await other.BuyAsync(saleId, await other.RequestTokenAsync());
        Assert.Equal((503, SoldOut), (refused.Code, refused.Msg));
        counters = await ShardedSale.CountersAsync(admin, saleId);
        counters.AssertAddsUp();
        Assert.Equal(1, counters.ShardList[3].Rejections["SoldOut"]);
        Assert.Equal(0, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
    }

    [Fact]
    public async Task One_user_firing_fifty_parallel_buys_on_four_shards_with_limit_one_gets_one_order()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var saleId = await ShardedSale.CreateAsync(admin, await host.Seed.GoodsAsync(3, stock: 100, price: 1), quota: 100, price: 1, limit: 1, shards: 4);
        var buyer = await host.BuyerAsync(admin, "13500000001", 100);
        var tokens = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => buyer.RequestTokenAsync()));

        var replies = await Task.WhenAll(tokens.Select(t => Task.Run(() => buyer.BuyAsync(saleId, t))));

        Assert.Single(replies, r => r.Code == 200);
        Assert.All(replies.Where(r => r.Code != 200), r => Assert.Equal((503, LimitReached), (r.Code, r.Msg)));
        Assert.Equal(99, await buyer.GoldAsync());
        var orders = await buyer.Client.CallAsync("order.list", new { token = buyer.Token, page = 1 });
        Assert.Equal(1, orders.Data!.Value.GetProperty("total").GetInt32());
        var counters = await ShardedSale.CountersAsync(admin, saleId);
        counters.AssertAddsUp();
        Assert.Equal((1, 49), (counters.Sold, counters.Rejections["LimitReached"]));
    }

    [Fact]
    public async Task The_per_user_limit_holds_when_the_home_shard_must_borrow()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        // Each of the four shards starts with one unit: the buyer's second unit has to come from another shard.
        var saleId = await ShardedSale.CreateAsync(admin, await host.Seed.GoodsAsync(4, stock: 4, price: 3), quota: 4, price: 3, limit: 2, shards: 4);
        var buyer = await host.BuyerAsync(admin, "13500000002", 100);
        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => buyer.RequestTokenAsync()));

        var replies = await Task.WhenAll(tokens.Select(t => Task.Run(() => buyer.BuyAsync(saleId, t))));

        Assert.Equal(2, replies.Count(r => r.Code == 200));
        Assert.All(replies.Where(r => r.Code != 200), r => Assert.Equal((503, LimitReached), (r.Code, r.Msg)));
        Assert.Equal(94, await buyer.GoldAsync());
        var counters = await ShardedSale.CountersAsync(admin, saleId);
        counters.AssertAddsUp();
        var home = counters.ShardList[FlashSaleShards.HomeOf(buyer.UserId, 4)];
        Assert.Equal((2, 1), (home.Sold, home.Borrowed));
        Assert.Equal(2, counters.Sold);
    }

    [Fact]
    public async Task The_same_request_sent_many_times_to_a_sharded_sale_makes_one_order()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var saleId = await ShardedSale.CreateAsync(admin, await host.Seed.GoodsAsync(5, stock: 50, price: 5), quota: 50, price: 5, limit: 0, shards: 8);
        var buyer = await host.BuyerAsync(admin, "13500000003", 100);
        var requestToken = await buyer.RequestTokenAsync();

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => buyer.BuyAsync(saleId, requestToken))));

        Assert.All(replies, r => Assert.Equal(200, r.Code));
        Assert.Single(replies.Select(r => r.Str("order_sn")).Distinct());
        Assert.Equal(95, await buyer.GoldAsync());
        var counters = await ShardedSale.CountersAsync(admin, saleId);
        counters.AssertAddsUp();
        Assert.Equal((1, 1), (counters.Sold, counters.Orders));
    }

    [Fact]
    public async Task Cancelling_returns_quota_and_gold_once_to_the_shard_that_sold_it()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var productId = await host.Seed.GoodsAsync(6, stock: 8, price: 20);
        var saleId = await ShardedSale.CreateAsync(admin, productId, quota: 8, price: 20, limit: 1, shards: 4);
        var homed = await BuyersHomedAtAsync(host, admin, shard: 1, count: 3, firstMobile: 13400000000);
        var orderSns = new List<string>();
        foreach (var buyer in homed)
        {
            var bought = await buyer.BuyAsync(saleId, await buyer.RequestTokenAsync());
            Assert.True(bought.Code == 200, bought.ToString());
            orderSns.Add(bought.Str("order_sn"));
        }

        var before = await ShardedSale.CountersAsync(admin, saleId);
        Assert.Equal((3, 1), (before.ShardList[1].Sold, before.ShardList[1].Borrowed)); // the third unit was borrowed

        var last = homed[2];
        var cancels = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() =>
            last.Client.CallAsync("order.cancel", new { token = last.Token, order_sn = orderSns[2] }))));

        Assert.Single(cancels, r => r.Code == 200);
        Assert.Equal(100, await last.GoldAsync());
        var after = await ShardedSale.CountersAsync(admin, saleId);
        after.AssertAddsUp();
        Assert.Equal((2, 6, 2, 1), (after.Sold, after.Remaining, after.ShardList[1].Sold, after.ShardList[1].Borrowed));
        foreach (var (b, a) in before.ShardList.Zip(after.ShardList).Where(p => p.First.Shard != 1))
        {
            Assert.Equal((b.Sold, b.Quota, b.Lent), (a.Sold, a.Quota, a.Lent)); // other shards untouched
        }

        // The quota is usable again, and the user's limit counts the closed order no more.
        var again = await last.BuyAsync(saleId, await last.RequestTokenAsync());
        Assert.Equal(200, again.Code);
        Assert.Equal(3, (await ShardedSale.CountersAsync(admin, saleId)).ShardList[1].Sold);
    }

    [Fact]
    public async Task Stopping_early_returns_exactly_the_unsold_remainder_to_stock()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var productId = await host.Seed.GoodsAsync(7, stock: 50, price: 4);
        var saleId = await ShardedSale.CreateAsync(admin, productId, quota: 20, price: 4, limit: 0, shards: 4);
        Assert.Equal(30, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        var buyers = new List<Buyer>();
        for (var i = 0; i < 5; i++)
        {
            buyers.Add(await host.BuyerAsync(admin, $"1330000000{i}", 100));
        }

        var sns = new List<string>();
        foreach (var buyer in buyers)
        {
            var bought = await buyer.BuyAsync(saleId, await buyer.RequestTokenAsync(), quantity: 1);
            Assert.True(bought.Code == 200, bought.ToString());
            sns.Add(bought.Str("order_sn"));
        }

        var stopped = await admin.PostAsync($"/v1/seckills/{saleId}/stop");

        Assert.Equal(("stopped", 5), (stopped.First.GetProperty("status").GetString(), stopped.First.GetProperty("sold").GetInt32()));
        Assert.Equal(45, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        var late = await buyers[0].BuyAsync(saleId, await buyers[0].RequestTokenAsync());
        Assert.Equal((503, "秒杀已结束"), (late.Code, late.Msg));

        // A sale that is over gives a cancelled order's unit straight back to stock.
        var cancelled = await buyers[1].Client.CallAsync("order.cancel", new { token = buyers[1].Token, order_sn = sns[1] });
        Assert.Equal(200, cancelled.Code);
        Assert.Equal(46, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        var counters = await ShardedSale.CountersAsync(admin, saleId);
        counters.AssertAddsUp();
        Assert.Equal((4, "stopped"), (counters.Sold, counters.Status));
        Assert.Equal(1, counters.Rejections["Ended"]);
    }

    [Fact]
    public async Task Admins_choose_shards_within_bounds_and_cannot_change_them()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var productId = await host.Seed.GoodsAsync(8, stock: 500, price: 5);
        var start = DateTimeOffset.UtcNow.AddHours(1);
        var end = start.AddHours(1);

        foreach (var bad in new[] { 0, -1, 65 })
        {
            var refused = await admin.PostAsync("/v1/seckills", ShardedSale.Body(productId, 10, 5, 0, bad, start, end));
            Assert.Equal((400, "shards"), (refused.HttpStatus, refused.Message.Split(':')[0]));
        }

        var notANumber = await admin.PostAsync("/v1/seckills", new { productid = productId, quota = 10, price = 5, start_time = ApiHost.Api.ApiTime.Format(start), end_time = ApiHost.Api.ApiTime.Format(end), shards = "many" });
        Assert.Equal(400, notANumber.HttpStatus);
        Assert.Equal(500, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);

        var plain = await admin.PostAsync("/v1/seckills", ShardedSale.Body(productId, 10, 5, 0, shards: null, start, end));
        var plainCounters = await ShardedSale.CountersAsync(admin, plain.First.GetProperty("id").GetInt64());
        Assert.Equal((1, 10), (plainCounters.Shards, Assert.Single(plainCounters.ShardList).Quota));

        var widest = await admin.PostAsync("/v1/seckills", ShardedSale.Body(productId, 100, 5, 0, FlashSaleShards.Max, start, end));
        var widestCounters = await ShardedSale.CountersAsync(admin, widest.First.GetProperty("id").GetInt64());
        widestCounters.AssertAddsUp();
        Assert.Equal((64, "upcoming"), (widestCounters.Shards, widestCounters.Status));

        var created = await admin.PostAsync("/v1/seckills", ShardedSale.Body(productId, 40, 5, 1, 4, start, end));
        var id = created.First.GetProperty("id").GetInt64();
        Assert.Equal(350, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);
        var reshard = await admin.PutAsync($"/v1/seckills/{id}", ShardedSale.Body(productId, 40, 5, 1, 2, start, end));
        Assert.Equal((400, "shards"), (reshard.HttpStatus, reshard.Message.Split(':')[0]));

        // An update may leave shards out: the quota is split again over the same shards, and stock follows.
        var updated = await admin.PutAsync($"/v1/seckills/{id}", ShardedSale.Body(productId, 30, 6, 1, shards: null, start, end));
        Assert.Equal((0, 30, 4), (updated.ErrCode, updated.First.GetProperty("quota").GetInt32(), updated.First.GetProperty("shards").GetInt32()));
        var counters = await ShardedSale.CountersAsync(admin, id);
        counters.AssertAddsUp();
        Assert.Equal([8, 8, 7, 7], counters.ShardList.Select(s => s.Share));
        Assert.Equal(360, (await host.Grains.GetGrain<IProductStockGrain>(productId).Get()).Available);

        // Mobile clients see a sharded sale exactly as any other.
        var client = host.Client();
        var sharded = await client.CallAsync("seckill.detail", new { seckill_id = id });
        var unsharded = await client.CallAsync("seckill.detail", new { seckill_id = plain.First.GetProperty("id").GetInt64() });
        Assert.Equal(Names(unsharded), Names(sharded));
        Assert.Equal((30, 30, 6), (sharded.Data!.Value.GetProperty("quota").GetInt32(), sharded.Data!.Value.GetProperty("remaining").GetInt32(), sharded.Data!.Value.GetProperty("price").GetInt32()));
    }

    private static List<string> Names(YafReply reply) => reply.Data!.Value.EnumerateObject().Select(p => p.Name).ToList();

    /// <summary>Registers buyers until <paramref name="count"/> of them have <paramref name="shard"/> (of four) as their home.</summary>
    private static async Task<List<Buyer>> BuyersHomedAtAsync(MallHttpHost host, AdminClient admin, int shard, int count, long firstMobile)
    {
        var homed = new List<Buyer>();
        for (var i = 0; homed.Count < count; i++)
        {
            Assert.True(i < 50 * count, "user ids do not spread over shards");
            var buyer = await host.BuyerAsync(admin, (firstMobile + i).ToString(System.Globalization.CultureInfo.InvariantCulture), 100);
            if (FlashSaleShards.HomeOf(buyer.UserId, 4) == shard)
            {
                homed.Add(buyer);
            }
        }

        return homed;
    }
}
