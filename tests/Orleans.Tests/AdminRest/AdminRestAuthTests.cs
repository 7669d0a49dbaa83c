using Orleans.Tests.TestKit;

namespace Orleans.Tests.AdminRest;

/// <summary>Every resource of this folder: 401 without a session, 403 for an operator's writes (and nothing written),
/// reads open to operators.</summary>
public sealed class AdminRestAuthTests
{
    public static readonly TheoryData<string, string> Writes = new()
    {
        { "POST", "/v1/goods" },
        { "PUT", "/v1/goods/1" },
        { "PUT", "/v1/goods/1/sale" },
        { "PUT", "/v1/goods/1/images" },
        { "POST", "/v1/goods/1/stock" },
        { "POST", "/v1/categories" },
        { "PUT", "/v1/categories/1" },
        { "DELETE", "/v1/categories/1" },
        { "POST", "/v1/ad-positions" },
        { "PUT", "/v1/ad-positions/APP_START_AD" },
        { "DELETE", "/v1/ad-positions/APP_START_AD" },
        { "POST", "/v1/ads" },
        { "PUT", "/v1/ads/1" },
        { "DELETE", "/v1/ads/1" },
        { "POST", "/v1/notices" },
        { "PUT", "/v1/notices/1" },
        { "DELETE", "/v1/notices/1" },
        { "POST", "/v1/upgrades" },
        { "PUT", "/v1/upgrades/1" },
        { "DELETE", "/v1/upgrades/1" },
        { "POST", "/v1/users/1/lock" },
        { "DELETE", "/v1/users/1/lock" },
        { "POST", "/v1/ip-bans" },
        { "DELETE", "/v1/ip-bans/203.0.113.1" },
    };

    private static readonly string[] Reads =
    [
        "/v1/goods", "/v1/categories", "/v1/ad-positions", "/v1/ads", "/v1/notices", "/v1/upgrades", "/v1/users", "/v1/ip-bans?ip=203.0.113.1",
    ];

    [Fact]
    public async Task Operators_read_but_every_write_answers_403_and_changes_nothing()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var viewer = await host.OperatorAsync(admin);
        var anonymous = new AdminClient(host.Http);

        foreach (var path in Reads)
        {
            var reply = await viewer.GetAsync(path);
            Assert.True(reply is { HttpStatus: 200, ErrCode: 0 }, $"GET {path} as operator: {reply}");
            Assert.Equal(401, (await anonymous.GetAsync(path)).HttpStatus);
        }

        foreach (var row in Writes)
        {
            var (method, path) = ((string)row[0], (string)row[1]);
            var body = new { cat_name = "x", cat_type = 3, reason = "x", ip = "203.0.113.1", minutes = 5, title = "t" };
            var forbidden = await viewer.SendAsync(new HttpMethod(method), path, body);
            var unsigned = await anonymous.SendAsync(new HttpMethod(method), path, body);
            Assert.True(forbidden is { HttpStatus: 403, ErrCode: 4030 }, $"{method} {path} as operator: {forbidden}");
            Assert.True(unsigned is { HttpStatus: 401 } && unsigned.ErrCode != 0, $"{method} {path} without a token: {unsigned}");
        }

        Assert.Equal(0L, (await admin.GetAsync("/v1/categories")).Count);
        Assert.Equal(0L, (await admin.GetAsync("/v1/notices")).Count);
        Assert.False((await admin.GetAsync("/v1/ip-bans?ip=203.0.113.1")).First.GetProperty("banned").GetBoolean());
    }
}
