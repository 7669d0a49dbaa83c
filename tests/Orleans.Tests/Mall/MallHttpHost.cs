using Microsoft.Extensions.DependencyInjection;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>The real ApiHost for mall tests: the bootstrap admin, a fast password hash and SMS quotas raised so that
/// hundreds of buyers can register from one test address. Buyers sign up through the real methods.</summary>
public sealed class MallHttpHost : IAsyncDisposable
{
    private readonly ApiHostFactory _factory;

    public MallHttpHost(string provider = "Memory")
    {
        _factory = new ApiHostFactory(AdminClient.Settings(new()
        {
            ["Storage:Provider"] = provider,
            ["PasswordHash:Iterations"] = "1000",
            ["IpGuard:SmsPerDay"] = "1000000",
            ["IpGuard:FailuresToBan"] = "1000000",
        }));
        Http = _factory.CreateClient();
    }

    public HttpClient Http { get; }

    /// <summary>A handler into the in-memory server, for clients that bring their own HttpClient (the load generator).</summary>
    public HttpMessageHandler CreateHandler() => _factory.Server.CreateHandler();

    public IGrainFactory Grains => _factory.Services.GetRequiredService<IGrainFactory>();

    public MallSeed Seed => new(Grains);

    public YafClient Client() => new(Http);

    public Task<AdminClient> AdminAsync() => AdminClient.SignInAsync(Http);

    /// <summary>A registered, signed-in buyer with an address and <paramref name="gold"/> coins credited by an admin.</summary>
    public async Task<Buyer> BuyerAsync(AdminClient admin, string mobile, int gold)
    {
        var client = Client();
        var (userId, token) = await TestSessions.RegisterAndLoginAsync(client, mobile, _factory.Services);
        var address = await client.CallAsync("user.address.add", new
        {
            token, receiver_name = "张三", receiver_mobile = mobile, province = "广东省", city = "深圳市", district = "南山区", street = "粤海街道", address = "科技园 1 号",
        });
        Assert.Equal(200, address.Code);
        if (gold > 0)
        {
            var credited = await admin.PostAsync($"/v1/users/{userId}/gold", new { amount = gold, reason = "测试充值" });
            Assert.Equal(0, credited.ErrCode);
        }

        return new Buyer(client, userId, token, address.Data!.Value.GetProperty("address_id").GetInt64());
    }

    public ValueTask DisposeAsync()
    {
        Http.Dispose();
        return _factory.DisposeAsync();
    }
}
