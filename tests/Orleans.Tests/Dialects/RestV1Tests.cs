using System.Text.Json;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Dialects;

/// <summary>Seed 001 for clients under /v1/app/: X-Auth-Token or __token, {errCode, message, count, data[]},
/// __limit/__page, nulls left out, and the admin API left untouched.</summary>
public sealed class RestV1Tests
{
    private static async Task<string> LoginAsync(DialectHost host, string mobile)
    {
        await AppJsonTests.RegisterAsync(host, mobile);
        var login = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/v1/app/user/login", new { mobile, login_type = 2, password = TestSessions.DefaultPassword });
        Assert.True(login.Int("errCode") == 0, login.ToString());
        Assert.Equal(1, login.Int("count"));
        return login.Data[0].GetProperty("token").GetString()!;
    }

    [Fact]
    public async Task Login_then_detail_with_X_Auth_Token_or_the_token_parameter()
    {
        await using var host = new DialectHost();
        var token = await LoginAsync(host, "13800000011");

        var header = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/user/detail", headers: new Dictionary<string, string> { ["X-Auth-Token"] = token });
        Assert.Equal(200, header.Http);
        Assert.Equal(0, header.Int("errCode"));
        Assert.Equal("OK", header.Str("message"));
        Assert.Equal(1, header.Int("count"));
        Assert.Equal("13800000011", header.Data[0].GetProperty("mobile").GetString());

        var parameter = await RestReply.SendAsync(host.Http, HttpMethod.Get, $"/v1/app/gold/balance?__token={token}");
        Assert.Equal(0, parameter.Int("errCode"));
        Assert.Equal(0, parameter.Data[0].GetProperty("gold").GetInt32());

        var logout = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/v1/app/user/logout", new { __token = token });
        Assert.Equal(0, logout.Int("errCode"));
        Assert.False(logout.Body.TryGetProperty("data", out _));
        Assert.False(logout.Body.TryGetProperty("count", out _));

        var ended = await RestReply.SendAsync(host.Http, HttpMethod.Get, $"/v1/app/user/detail?__token={token}");
        Assert.Equal(401, ended.Http);
        Assert.Equal(4013, ended.Int("errCode"));
    }

    [Fact]
    public async Task Errors_use_the_admin_scheme_of_http_status_and_errCode()
    {
        await using var host = new DialectHost();

        var none = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/user/detail");
        Assert.Equal((401, 4010), (none.Http, none.Int("errCode")));

        var bad = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/user/detail", headers: new Dictionary<string, string> { ["X-Auth-Token"] = "garbage" });
        Assert.Equal((401, 4013), (bad.Http, bad.Int("errCode")));

        var badParameter = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/v1/app/user/login", new { mobile = "13800000012", login_type = "x" });
        Assert.Equal((400, 4000), (badParameter.Http, badParameter.Int("errCode")));

        var notRegistered = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/v1/app/user/login", new { mobile = "13800000012", login_type = 2, password = "secret_1" });
        Assert.Equal((404, 4041), (notRegistered.Http, notRegistered.Int("errCode")));

        var wrongVerb = await RestReply.SendAsync(host.Http, HttpMethod.Put, "/v1/app/goods/list");
        Assert.Equal((405, 4050), (wrongVerb.Http, wrongVerb.Int("errCode")));

        var limit = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/goods/list?__limit=2001");
        Assert.Equal((400, 4000), (limit.Http, limit.Int("errCode")));
        Assert.Contains("__limit", limit.Str("message"));

        // The admin API keeps the rest of /v1/: its own envelope, its own sign-in.
        var admin = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/apps");
        Assert.Equal(401, admin.Http);
        Assert.Equal(4010, admin.Int("errCode"));
    }

    [Fact]
    public async Task Limit_and_page_cut_the_list_and_count_is_the_total()
    {
        await using var host = new DialectHost();
        var newestFirst = (await host.GoodsAsync(25)).Reverse().ToList();

        var page = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/goods/list?__limit=10&__page=2");
        Assert.Equal(0, page.Int("errCode"));
        Assert.Equal(25, page.Int("count"));
        Assert.Equal(newestFirst.Skip(10).Take(10), page.Data.EnumerateArray().Select(g => g.GetProperty("goodsid").GetInt64()));

        var all = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/goods/list?__limit=2000");
        Assert.Equal(newestFirst, all.Data.EnumerateArray().Select(g => g.GetProperty("goodsid").GetInt64()));

        var empty = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/goods/list?__limit=10&__page=9");
        Assert.Equal(25, empty.Int("count"));
        Assert.Equal(JsonValueKind.Array, empty.Data.ValueKind);
        Assert.Empty(empty.Data.EnumerateArray());
    }
}
