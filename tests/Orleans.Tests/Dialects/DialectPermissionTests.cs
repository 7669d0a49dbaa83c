using ApiHost.Protocols.Envelope;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Dialects;

/// <summary>App registration's <c>dialects</c>: an app not allowed a dialect gets that dialect's permission error
/// (seed 003 code 403, seed 000 status 4012, seed 001 errCode 4031, seed 002 code 13, seed 004 rspCode 100010);
/// unknown and disabled apps likewise; allowing the dialect lets the same app through.</summary>
public sealed class DialectPermissionTests
{
    private static Dictionary<string, string> As(string appId) => new() { ["X-App-Id"] = appId };

    [Fact]
    public async Task Each_dialect_refuses_an_app_not_allowed_it_with_its_own_error_and_admits_it_once_allowed()
    {
        await using var host = new DialectHost();
        var admin = await AdminClient.SignInAsync(host.Http);
        var created = await admin.PostAsync("/v1/apps", new { appid = "mini_program", kind = "app", dialects = new[] { "app" } });
        Assert.True(created.HttpStatus == 200, created.ToString());
        Assert.Equal(["app"], created.First.GetProperty("dialects").EnumerateArray().Select(d => d.GetString()));
        var secret = created.First.GetProperty("secret").GetString()!;

        var allowed = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list", headers: As("mini_program"));
        Assert.Equal(200, allowed.Int("status"));
        var byParameter = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list?appid=mini_program");
        Assert.Equal(200, byParameter.Int("status"));

        var restV1 = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/goods/list", headers: As("mini_program"));
        Assert.Equal((403, 4031), (restV1.Http, restV1.Int("errCode")));
        var appToken = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/goods/list?appid=mini_program");
        Assert.Equal((200, 13, false), (appToken.Http, appToken.Int("code"), appToken.Body.GetProperty("ok").GetBoolean()));
        var yaf = await new YafClient(host.Http, "mini_program", secret) { Clock = host.Clock }.CallAsync("goods.list", new { page = 1 });
        Assert.Equal(403, yaf.Code);

        var changed = await admin.PutAsync("/v1/apps/mini_program", new { dialects = new[] { "yaf", "rest-v1", "app-token" } });
        Assert.Equal(["yaf", "rest-v1", "app-token"], changed.First.GetProperty("dialects").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(0, (await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/goods/list", headers: As("mini_program"))).Int("errCode"));
        Assert.Equal(0, (await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/goods/list?appid=mini_program")).Int("code"));
        Assert.Equal(200, (await new YafClient(host.Http, "mini_program", secret) { Clock = host.Clock }.CallAsync("goods.list", new { page = 1 })).Code);
        var nowRefused = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list", headers: As("mini_program"));
        Assert.Equal((200, 4012), (nowRefused.Http, nowRefused.Int("status")));
    }

    [Fact]
    public async Task Unknown_and_disabled_apps_are_refused_and_apps_registered_before_keep_every_dialect()
    {
        await using var host = new DialectHost();
        var admin = await AdminClient.SignInAsync(host.Http);

        Assert.Equal(4012, (await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list", headers: As("nobody_app"))).Int("status"));
        Assert.Equal(4012, (await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list", headers: As(new string('a', 65)))).Int("status"));

        // ios_app_id comes from configuration without a dialect list: every dialect, as before.
        var ios = await admin.GetAsync("/v1/apps/ios_app_id");
        Assert.Equal(5, ios.First.GetProperty("dialects").GetArrayLength());
        Assert.Equal(200, (await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list", headers: As("ios_app_id"))).Int("status"));

        await admin.PutAsync("/v1/apps/ios_app_id", new { enabled = false });
        Assert.Equal(13, (await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/goods/list", headers: As("ios_app_id"))).Int("code"));

        // Requests naming no app pass unless Dialects:RequireAppId is set.
        Assert.Equal(200, (await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list")).Int("status"));
    }

    [Fact]
    public async Task With_RequireAppId_a_request_naming_no_app_is_refused()
    {
        await using var host = new DialectHost(new() { ["Dialects:RequireAppId"] = "true" });

        var none = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/goods/list");
        Assert.Equal((403, 4031), (none.Http, none.Int("errCode")));
        Assert.Equal(0, (await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/goods/list", headers: As("ios_app_id"))).Int("errCode"));
    }

    [Fact]
    public async Task Unknown_dialect_names_are_refused_naming_the_field()
    {
        await using var host = new DialectHost();
        var admin = await AdminClient.SignInAsync(host.Http);

        var create = await admin.PostAsync("/v1/apps", new { appid = "bad_dialects", kind = "app", dialects = new[] { "app", "soap" } });
        Assert.Equal((400, 4000), (create.HttpStatus, create.ErrCode));
        Assert.StartsWith("dialects", create.Message);
        var update = await admin.PutAsync("/v1/apps/ios_app_id", new { dialects = new[] { "APP" } });
        Assert.Equal(400, update.HttpStatus);
        Assert.StartsWith("dialects", update.Message);
    }

    [Fact]
    public async Task Seed_004_refuses_a_signed_request_of_an_app_not_allowed_it()
    {
        await using var host = new DialectHost();
        var admin = await AdminClient.SignInAsync(host.Http);
        await admin.PostAsync("/v1/apps", new { appid = DialectHost.EnvelopeAppId, kind = "app", dialects = new[] { "app" } });

        // The configured keys still verify it, and only then is it told it may not use the gateway.
        var refused = await host.Envelope().CallAsync("goods.list", new { page = 1 });
        Assert.Equal(EnvelopeCodes.AppNotAllowed, refused.RspCode);
        Assert.True(refused.SignatureValid);

        await admin.PutAsync($"/v1/apps/{DialectHost.EnvelopeAppId}", new { dialects = new[] { "envelope" } });
        Assert.Equal(EnvelopeCodes.Ok, (await host.Envelope().CallAsync("goods.list", new { page = 1 })).RspCode);
    }
}
