using Orleans.Grains.Identity;
using Orleans.Tests.Mall;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Dialects;

/// <summary>A flash-sale purchase through seed 000 has the signed gateway's order semantics (one order per request
/// token, no oversell), and the order is the same one every other dialect and the signed gateway see.</summary>
public sealed class FlashSaleTests
{
    private static async Task<(string Token, long AddressId)> BuyerAsync(DialectHost host, string mobile, int gold)
    {
        var token = await AppJsonTests.RegisterAsync(host, mobile);
        Assert.True(SessionToken.TryGetUserId(token, out var userId));
        await new MallSeed(host.Grains).GoldAsync(userId, gold);
        var address = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/user/address/add", new
        {
            receiver_name = "张三", receiver_mobile = mobile, province = "广东省", city = "深圳市", district = "南山区", street = "粤海街道", address = "科技园 1 号",
        }, headers: Auth(token));
        Assert.True(address.Int("status") == 200, address.ToString());
        return (token, address.Data.GetProperty("address_id").GetInt64());
    }

    private static Dictionary<string, string> Auth(string token) => new() { ["Authorization"] = token };

    private static async Task<string> RequestTokenAsync(DialectHost host, string token)
    {
        var reply = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/system/request/token", new { number = 1 }, headers: Auth(token));
        Assert.True(reply.Int("status") == 200, reply.ToString());
        return reply.Data.GetProperty("token").GetString()!;
    }

    [Fact]
    public async Task A_buy_through_seed_000_is_one_order_per_request_token_seen_by_every_dialect()
    {
        await using var host = new DialectHost();
        var seed = new MallSeed(host.Grains);
        var productId = await seed.GoodsAsync(goodsId: 7, stock: 10, price: 100);
        await seed.SaleAsync(saleId: 70, productId, quota: 1, price: 30, limitPerUser: 1, host.Clock.GetUtcNow());
        var (token, addressId) = await BuyerAsync(host, "13800000041", gold: 100);
        var requestToken = await RequestTokenAsync(host, token);

        var buy = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/seckill/buy",
            new { seckill_id = 70, address_id = addressId, request_token = requestToken, quantity = 1 }, headers: Auth(token));
        Assert.True(buy.Int("status") == 200, buy.ToString());
        var orderSn = buy.Data.GetProperty("order_sn").GetString()!;

        // A retry with the same request token (a lost answer) is the same order, not a second one.
        var retry = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/seckill/buy",
            new { seckill_id = 70, address_id = addressId, request_token = requestToken, quantity = 1 }, headers: Auth(token));
        Assert.Equal(orderSn, retry.Data.GetProperty("order_sn").GetString());

        // The quota was 1: another buyer finds it sold out, shown as a business message.
        var (other, otherAddress) = await BuyerAsync(host, "13800000042", gold: 100);
        var late = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/seckill/buy",
            new { seckill_id = 70, address_id = otherAddress, request_token = await RequestTokenAsync(host, other), quantity = 1 }, headers: Auth(other));
        Assert.Equal(400, late.Int("status"));
        Assert.Equal("商品已抢光", late.Str("msg"));

        // One order and the gold paid, whichever protocol asks.
        var v1 = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/order/list", headers: new Dictionary<string, string> { ["X-Auth-Token"] = token });
        Assert.Equal(1, v1.Int("count"));
        Assert.Equal(orderSn, v1.Data[0].GetProperty("order_sn").GetString());

        var appToken = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/order/list", headers: new Dictionary<string, string> { ["App-Token"] = token });
        Assert.Equal(1, appToken.Data.GetProperty("resultCount").GetInt32());

        var envelope = host.Envelope();
        envelope.Token = token;
        var listed = await envelope.CallAsync("order.list", new { page = 1 });
        Assert.Equal(orderSn, Assert.Single(listed.Data!.Value.GetProperty("list").EnumerateArray()).GetProperty("order_sn").GetString());

        var signed = await new YafClient(host.Http) { Clock = host.Clock }.CallAsync("gold.balance", new { token });
        Assert.Equal(70, signed.Data!.Value.GetProperty("gold").GetInt32());
    }
}
