using Orleans.Tests.TestKit;

namespace Orleans.Tests.Dialects;

/// <summary>Seed 002 under /api/: App-Token header, appToken query or body field, {message, code, ok, data}, the
/// seed's code table, one token per user, and POST /api still the signed gateway.</summary>
public sealed class AppTokenTests
{
    private static Task<RestReply> LoginAsync(DialectHost host, string mobile, string password = TestSessions.DefaultPassword) =>
        RestReply.SendAsync(host.Http, HttpMethod.Post, "/api/user/login", form: new Dictionary<string, string>
        {
            ["mobile"] = mobile, ["login_type"] = "2", ["password"] = password,
        });

    [Fact]
    public async Task Form_login_then_the_token_in_header_query_or_body()
    {
        await using var host = new DialectHost();
        await AppJsonTests.RegisterAsync(host, "13800000021");

        var login = await LoginAsync(host, "13800000021");
        Assert.Equal(0, login.Int("code"));
        Assert.True(login.Body.GetProperty("ok").GetBoolean());
        var token = login.Data.GetProperty("token").GetString()!;

        var header = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/user/detail", headers: new Dictionary<string, string> { ["App-Token"] = token });
        Assert.Equal(0, header.Int("code"));
        Assert.Equal("13800000021", header.Data.GetProperty("mobile").GetString());

        var query = await RestReply.SendAsync(host.Http, HttpMethod.Get, $"/api/gold/balance?appToken={token}");
        Assert.Equal(0, query.Int("code"));

        var body = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/api/user/logout", form: new Dictionary<string, string> { ["appToken"] = token });
        Assert.Equal(0, body.Int("code"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.Data.ValueKind);
    }

    [Fact]
    public async Task The_code_table_of_the_seed_and_one_token_per_user()
    {
        await using var host = new DialectHost();

        var noUser = await LoginAsync(host, "13800000022");
        Assert.Equal((4, false), (noUser.Int("code"), noUser.Body.GetProperty("ok").GetBoolean()));

        await AppJsonTests.RegisterAsync(host, "13800000022");
        var wrongPassword = await LoginAsync(host, "13800000022", "wrong_pass");
        Assert.Equal(3, wrongPassword.Int("code"));

        var notLoggedIn = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/user/detail");
        Assert.Equal(7, notLoggedIn.Int("code"));

        var illegal = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/api/user/login", form: new Dictionary<string, string> { ["mobile"] = "1", ["login_type"] = "2" });
        Assert.Equal(11, illegal.Int("code"));

        var unknown = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/job/list");
        Assert.Equal((404, 12), (unknown.Http, unknown.Int("code")));

        var wrongVerb = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/user/login");
        Assert.Equal(405, wrongVerb.Http);

        // A second login ends the first token: it then answers "not logged in".
        var first = (await LoginAsync(host, "13800000022")).Data.GetProperty("token").GetString()!;
        var second = (await LoginAsync(host, "13800000022")).Data.GetProperty("token").GetString()!;
        var old = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/user/detail", headers: new Dictionary<string, string> { ["App-Token"] = first });
        Assert.Equal(7, old.Int("code"));
        var current = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/user/detail", headers: new Dictionary<string, string> { ["App-Token"] = second });
        Assert.Equal(0, current.Int("code"));
    }

    [Fact]
    public async Task Lists_are_data_list_with_resultCount_and_the_signed_gateway_keeps_POST_api()
    {
        await using var host = new DialectHost();
        await host.GoodsAsync(25);

        var second = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/goods/list?page=2");
        Assert.Equal(0, second.Int("code"));
        Assert.Equal(25, second.Data.GetProperty("resultCount").GetInt32());
        Assert.Equal(5, second.Data.GetProperty("list").GetArrayLength());

        var signed = await new YafClient(host.Http) { Clock = host.Clock }.CallAsync("goods.list", new { page = 1 }, path: "/api");
        Assert.Equal(200, signed.Code);
        Assert.Equal(25, signed.Data!.Value.GetProperty("total").GetInt32());
    }
}
