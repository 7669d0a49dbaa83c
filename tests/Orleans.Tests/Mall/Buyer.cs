using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>A signed-in mobile user of the mall tests.</summary>
public sealed record Buyer(YafClient Client, long UserId, string Token, long AddressId)
{
    public async Task<string> RequestTokenAsync()
    {
        var reply = await Client.CallAsync("system.request.token", new { token = Token, number = 1 });
        Assert.Equal(200, reply.Code);
        return reply.Str("token");
    }

    public Task<YafReply> BuyAsync(long seckillId, string requestToken, int quantity = 1) =>
        Client.CallAsync("seckill.buy", new { token = Token, seckill_id = seckillId, quantity, address_id = AddressId, request_token = requestToken });

    public async Task<int> GoldAsync() =>
        (await Client.CallAsync("gold.balance", new { token = Token })).Data!.Value.GetProperty("gold").GetInt32();
}
