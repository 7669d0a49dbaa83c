using System.Text.Json;
using ApiHost.Protocols.Envelope;
using Orleans.Grains.Gateway;
using Orleans.Grains.Sms;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Dialects;

/// <summary>Maintenance mode (seed 002, every dialect): PUT /v1/maintenance refuses clients' writes with each
/// dialect's own answer and marks every client answer with Server-Status, while reads and the admin API keep working;
/// switching it off lets the same writes through again. The host caches the switch and refreshes it after a second.</summary>
public sealed class MaintenanceTests
{
    private const string Message = "系统升级中，预计 10 分钟后恢复";
    private const string Header = "maintenance";

    private static Task<AdminResponse> SwitchAsync(AdminClient admin, bool enabled, string? message = null) =>
        admin.PutAsync("/v1/maintenance", new { enabled, message });

    private static object Sms(string mobile) => new { mobile, key = SmsTemplates.Register };

    /// <summary>The Server-Status header of a read in each client route: seed 003 (/ and /api), 000, 001, 002, 004.</summary>
    private static async Task<IReadOnlyList<string?>> ClientHeadersAsync(DialectHost host)
    {
        var yaf = new YafClient(host.Http) { Clock = host.Clock };
        var headers = new List<string?>();
        foreach (var path in new[] { "/", "/api" })
        {
            var data = yaf.BuildData("goods.list", new { page = 1 });
            headers.Add((await StatusProbe.SendAsync(host.Http, HttpMethod.Post, path, form: new Dictionary<string, string> { ["data"] = data, ["sign"] = yaf.Sign(data) })).ServerStatus);
        }

        foreach (var path in new[] { "/app/goods/list", "/v1/app/goods/list", "/api/goods/list" })
        {
            headers.Add((await StatusProbe.SendAsync(host.Http, HttpMethod.Get, path)).ServerStatus);
        }

        headers.Add((await StatusProbe.SendAsync(host.Http, HttpMethod.Post, "/gateway", json: host.Envelope().Build("goods.list", new { page = 1 }))).ServerStatus);
        return headers;
    }

    [Fact]
    public async Task Writes_are_refused_in_every_dialect_reads_and_admin_keep_working_and_switching_off_lets_writes_through()
    {
        await using var host = new DialectHost();
        await host.GoodsAsync(3);
        var admin = await AdminClient.SignInAsync(host.Http);
        var yaf = new YafClient(host.Http) { Clock = host.Clock };
        var envelope = host.Envelope();
        Assert.All(await ClientHeadersAsync(host), Assert.Null);

        var on = await SwitchAsync(admin, true, Message);
        Assert.Equal((200, 0), (on.HttpStatus, on.ErrCode));
        Assert.True(on.First.GetProperty("enabled").GetBoolean());
        Assert.Equal(Message, on.First.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.String, on.First.GetProperty("changed_at").ValueKind);
        Assert.All(await ClientHeadersAsync(host), header => Assert.Equal(Header, header));

        // Seed 003: code 503 with the message, on both of its paths; reads answer 200.
        foreach (var path in new[] { "/", "/api" })
        {
            var write = await yaf.CallAsync("sms.send", Sms("13800000901"), path: path);
            Assert.Equal((200, 503, Message), (write.HttpStatus, write.Code, write.Msg));
            var read = await yaf.CallAsync("goods.list", new { page = 1 }, path: path);
            Assert.True(read.Code == 200, read.ToString());
        }

        // Seed 000: HTTP 503 and status 503 (its busy answer).
        var appWrite = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/sms/send", Sms("13800000902"));
        Assert.Equal((503, 503, Message), (appWrite.Http, appWrite.Int("status"), appWrite.Str("msg")));
        var appRead = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list");
        Assert.Equal((200, 200), (appRead.Http, appRead.Int("status")));
        Assert.Equal((503, Header), await StatusProbe.SendAsync(host.Http, HttpMethod.Post, "/app/sms/send", json: JsonSerializer.Serialize(Sms("13800000902"))));

        // Seed 001: HTTP 503 and errCode 5031.
        var v1Write = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/v1/app/sms/send", Sms("13800000903"));
        Assert.Equal((503, 5031, Message), (v1Write.Http, v1Write.Int("errCode"), v1Write.Str("message")));
        var v1Read = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/v1/app/goods/list");
        Assert.Equal((200, 0), (v1Read.Http, v1Read.Int("errCode")));

        // Seed 002: HTTP 5xx (clients then read Server-Status, not the body), code -1, ok false.
        var form = new Dictionary<string, string> { ["mobile"] = "13800000904", ["key"] = SmsTemplates.Register };
        var tokenWrite = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/api/sms/send", form: form);
        Assert.Equal((503, -1, false, Message), (tokenWrite.Http, tokenWrite.Int("code"), tokenWrite.Body.GetProperty("ok").GetBoolean(), tokenWrite.Str("message")));
        var tokenRead = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/api/goods/list");
        Assert.Equal((200, 0), (tokenRead.Http, tokenRead.Int("code")));

        // Seed 004: HTTP 503 and rspCode 900003, still signed by the server.
        var envelopeWrite = await envelope.CallAsync("sms.send", Sms("13800000905"));
        Assert.Equal((503, EnvelopeCodes.Maintenance, Message), (envelopeWrite.Http, envelopeWrite.RspCode, envelopeWrite.RspMsg));
        Assert.True(envelopeWrite.SignatureValid);
        var envelopeRead = await envelope.CallAsync("goods.list", new { page = 1 });
        Assert.Equal(EnvelopeCodes.Ok, envelopeRead.RspCode);

        // The admin API keeps working and never carries the header, including a write tried through dispatch.
        var auth = new Dictionary<string, string> { ["X-Auth-Token"] = admin.Token! };
        Assert.Equal((200, null), await StatusProbe.SendAsync(host.Http, HttpMethod.Get, "/v1/apps", headers: auth));
        Assert.True((await admin.GetAsync("/v1/maintenance")).First.GetProperty("enabled").GetBoolean());
        var dispatched = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/v1/dispatch/sms.send/1.0.0", Sms("13800000906"), headers: auth);
        Assert.True(dispatched.Http == 200 && dispatched.Int("code") == 200, dispatched.ToString());

        var off = await SwitchAsync(admin, false);
        Assert.False(off.First.GetProperty("enabled").GetBoolean());
        Assert.All(await ClientHeadersAsync(host), Assert.Null);

        // The refused writes changed nothing, so the same mobiles send now (no send interval was started).
        Assert.Equal(200, (await yaf.CallAsync("sms.send", Sms("13800000901"))).Code);
        Assert.Equal(200, (await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/sms/send", Sms("13800000902"))).Int("status"));
        Assert.Equal(0, (await RestReply.SendAsync(host.Http, HttpMethod.Post, "/v1/app/sms/send", Sms("13800000903"))).Int("errCode"));
        Assert.Equal(0, (await RestReply.SendAsync(host.Http, HttpMethod.Post, "/api/sms/send", form: form)).Int("code"));
        Assert.Equal(EnvelopeCodes.Ok, (await envelope.CallAsync("sms.send", Sms("13800000905"))).RspCode);
    }

    [Fact]
    public async Task A_flip_made_elsewhere_is_seen_after_the_refresh_time_and_a_flip_made_here_at_once()
    {
        await using var host = new DialectHost();
        var admin = await AdminClient.SignInAsync(host.Http);
        Assert.Null((await StatusProbe.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list")).ServerStatus);

        // Another API host flips the switch: this host's cache is still fresh, so it keeps answering without a grain call.
        await host.Grains.GetGrain<IMaintenanceGrain>("default").Set(true, Message);
        Assert.Null((await StatusProbe.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list")).ServerStatus);

        // Past the refresh time a request starts a background refresh; requests soon after see the switch.
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        string? seen = null;
        for (var attempt = 0; attempt < 200 && seen is null; attempt++)
        {
            seen = (await StatusProbe.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list")).ServerStatus;
            if (seen is null)
            {
                await Task.Delay(10);
            }
        }

        Assert.Equal(Header, seen);
        var refused = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/sms/send", Sms("13800000911"));
        Assert.Equal((503, Message), (refused.Int("status"), refused.Str("msg")));

        // Switched off through this host: its very next request sees it, with the clock standing still.
        await SwitchAsync(admin, false);
        Assert.Null((await StatusProbe.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list")).ServerStatus);
        Assert.Equal(200, (await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/sms/send", Sms("13800000911"))).Int("status"));
    }

    [Fact]
    public async Task The_switch_needs_an_admin_and_a_valid_body_and_has_a_default_message()
    {
        await using var host = new DialectHost();
        var anonymous = new AdminClient(host.Http);
        Assert.Equal(401, (await SwitchAsync(anonymous, true)).HttpStatus);

        var admin = await AdminClient.SignInAsync(host.Http);
        var tooLong = await SwitchAsync(admin, true, new string('x', 201));
        Assert.Equal((400, 4000), (tooLong.HttpStatus, tooLong.ErrCode));
        Assert.StartsWith("message", tooLong.Message);
        var noFlag = await admin.PutAsync("/v1/maintenance", new { message = "x" });
        Assert.Equal(400, noFlag.HttpStatus);
        Assert.False((await admin.GetAsync("/v1/maintenance")).First.GetProperty("enabled").GetBoolean());

        var on = await SwitchAsync(admin, true);
        Assert.Equal("系统维护中，请稍后再试", on.First.GetProperty("message").GetString());
        var refused = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/v1/app/sms/send", Sms("13800000921"));
        Assert.Equal("系统维护中，请稍后再试", refused.Str("message"));
    }
}
