using Microsoft.Extensions.DependencyInjection;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.CatalogGaps;

/// <summary>The real ApiHost with a manual clock, fast password hashing and raised SMS quotas; memory storage unless
/// a provider is given, and optionally the data folder of an earlier host (a restart).</summary>
public sealed class GapsHost : IAsyncDisposable
{
    private readonly ApiHostFactory _factory;

    public GapsHost(string provider = "Memory", string? dataDirectory = null, ManualClock? clock = null)
    {
        Clock = clock ?? new ManualClock();
        _factory = new ApiHostFactory(
            AdminClient.Settings(new()
            {
                ["Storage:Provider"] = provider,
                ["PasswordHash:Iterations"] = "1000",
                ["IpGuard:SmsPerDay"] = "1000000",
                ["IpGuard:FailuresToBan"] = "1000000",
            }),
            services => services.AddSingleton<TimeProvider>(Clock),
            dataDirectory);
        Http = _factory.CreateClient();
    }

    public ManualClock Clock { get; }

    public HttpClient Http { get; }

    public string DataDirectory => _factory.DataDirectory;

    public IGrainFactory Grains => _factory.Services.GetRequiredService<IGrainFactory>();

    public YafClient Client() => new(Http) { Clock = Clock };

    public Task<AdminClient> AdminAsync() => AdminClient.SignInAsync(Http);

    /// <summary>A registered, signed-in buyer with an address and <paramref name="gold"/> coins credited by an admin.</summary>
    public async Task<Shopper> ShopperAsync(AdminClient admin, string mobile, int gold)
    {
        var client = Client();
        var (userId, token) = await TestSessions.RegisterAndLoginAsync(client, mobile, _factory.Services);
        var address = await client.CallAsync("user.address.add", new
        {
            token, receiver_name = "张三", receiver_mobile = mobile, province = "广东省", city = "深圳市", district = "南山区", street = "粤海街道", address = "科技园 1 号",
        });
        Assert.Equal(200, address.Code);
        var credited = await admin.PostAsync($"/v1/users/{userId}/gold", new { amount = gold, reason = "测试充值" });
        Assert.Equal(0, credited.ErrCode);
        return new Shopper(client, userId, token, address.Data!.Value.GetProperty("address_id").GetInt64());
    }

    public ValueTask DisposeAsync()
    {
        Http.Dispose();
        return _factory.DisposeAsync();
    }
}
