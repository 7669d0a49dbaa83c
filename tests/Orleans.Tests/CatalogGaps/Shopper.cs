using Orleans.Tests.TestKit;

namespace Orleans.Tests.CatalogGaps;

/// <summary>A signed-in mobile user who orders through order.submit and cancels through order.cancel.</summary>
public sealed record Shopper(YafClient Client, long UserId, string Token, long AddressId)
{
    /// <summary>order.submit of "goodsid,productid,qty|..." with a fresh request token; answers the order_sn.</summary>
    public async Task<string> OrderAsync(string goodsList)
    {
        var requestToken = (await Client.CallAsync("system.request.token", new { token = Token, number = 1 })).Str("token");
        var placed = await Client.CallAsync("order.submit", new { token = Token, goods_list = goodsList, address_id = AddressId, request_token = requestToken });
        Assert.True(placed.Code == 200, placed.ToString());
        return placed.Str("order_sn");
    }

    public Task<YafReply> CancelAsync(string orderSn) => Client.CallAsync("order.cancel", new { token = Token, order_sn = orderSn });
}
