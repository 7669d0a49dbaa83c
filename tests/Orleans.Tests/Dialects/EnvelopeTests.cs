using System.Security.Cryptography;
using ApiHost.Protocols.Envelope;
using Orleans.Grains.Sms;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Dialects;

/// <summary>Seed 004's POST /gateway end to end: the seed's Actions over the same handlers, encrypted and signed
/// both ways, and the refusals: tampered body, wrong keys, replayed or stale TradeSerialNo, unknown Action, wrong verb.</summary>
public sealed class EnvelopeTests
{
    private static async Task<EnvelopeClient> RegisteredAsync(DialectHost host, string mobile)
    {
        var client = host.Envelope();
        var sent = await client.CallAsync("sms.send", new { mobile, key = SmsTemplates.Register });
        Assert.True(sent.RspCode == EnvelopeCodes.Ok, sent.ToString());
        var registered = await client.CallAsync("register", new { mobile, password = TestSessions.DefaultPassword, code = await host.RegisterCodeAsync(mobile) });
        Assert.True(registered.RspCode == EnvelopeCodes.Ok, registered.ToString());
        return client;
    }

    [Theory]
    [InlineData("RSA2")]
    [InlineData("SM4")]
    [InlineData("MD5withRSA/AES")]
    public async Task Register_authenticate_and_getUserInfo_with_encrypted_signed_bodies(string signType)
    {
        await using var host = new DialectHost();
        var client = await RegisteredAsync(host, "13800000031");
        var options = new EnvelopeClient.Options { SignType = signType };

        var login = await client.CallAsync("authenticate", new { mobile = "13800000031", login_type = 2, password = TestSessions.DefaultPassword }, options);
        Assert.Equal(EnvelopeCodes.Ok, login.RspCode);
        Assert.True(login.SignatureValid);
        Assert.Equal("authenticate", login.Head.GetProperty("Action").GetString());
        client.Token = login.Data!.Value.GetProperty("token").GetString();

        var info = await client.CallAsync("getUserInfo", new { }, options);
        Assert.Equal(EnvelopeCodes.Ok, info.RspCode);
        Assert.True(info.SignatureValid);
        Assert.Equal("13800000031", info.Data!.Value.GetProperty("mobile").GetString());

        var upgrade = await client.CallAsync("checkUpdate", new { }, options);
        Assert.Equal(EnvelopeCodes.Ok, upgrade.RspCode);
        Assert.True(upgrade.Data!.Value.TryGetProperty("upgrade_way", out _));
    }

    [Fact]
    public async Task Any_method_is_an_Action_and_lists_keep_the_handlers_paging()
    {
        await using var host = new DialectHost();
        await host.GoodsAsync(25);

        var page = await host.Envelope().CallAsync("goods.list", new { page = 2 });

        Assert.Equal(EnvelopeCodes.Ok, page.RspCode);
        Assert.Equal(25, page.Data!.Value.GetProperty("total").GetInt32());
        Assert.Equal(5, page.Data.Value.GetProperty("list").GetArrayLength());
        Assert.False(page.Data.Value.GetProperty("isnext").GetBoolean());
    }

    [Fact]
    public async Task Session_errors_and_unknown_actions_have_their_rspCodes()
    {
        await using var host = new DialectHost();
        var client = host.Envelope();

        var notLoggedIn = await client.CallAsync("getUserInfo", new { });
        Assert.Equal(EnvelopeCodes.NotLoggedIn, notLoggedIn.RspCode);
        Assert.True(notLoggedIn.SignatureValid);
        Assert.Null(notLoggedIn.MsgContent);

        client.Token = "0123456789abcdef0123456789abcdef1";
        Assert.Equal(EnvelopeCodes.SessionExpired, (await client.CallAsync("getUserInfo", new { })).RspCode);

        Assert.Equal(EnvelopeCodes.UnknownAction, (await client.CallAsync("no.such.action", new { })).RspCode);
        Assert.Equal(EnvelopeCodes.InvalidParameter, (await host.Envelope().CallAsync("authenticate", new { mobile = "1", login_type = 2, password = "x" })).RspCode);
    }

    [Fact]
    public async Task Tampered_bodies_foreign_keys_and_replayed_or_stale_serials_are_refused()
    {
        await using var host = new DialectHost();
        var client = host.Envelope();
        using var stranger = RSA.Create(2048);

        var tampered = await client.CallAsync("goods.list", new { page = 1 }, new() { Tamper = c => c[..^4] + (c[^4] == 'A' ? "B" : "A") + c[^3..] });
        Assert.Equal(EnvelopeCodes.BadSignature, tampered.RspCode);
        Assert.True(tampered.SignatureValid);

        Assert.Equal(EnvelopeCodes.BadSignature, (await client.CallAsync("goods.list", new { page = 1 }, new() { SignWith = stranger })).RspCode);
        Assert.Equal(EnvelopeCodes.BadContent, (await client.CallAsync("goods.list", new { page = 1 }, new() { EncryptWith = RandomNumberGenerator.GetBytes(32) })).RspCode);

        var serial = client.NextSerial();
        var once = client.Build("goods.list", new { page = 1 }, new() { Serial = serial });
        Assert.Equal(EnvelopeCodes.Ok, (await client.PostAsync(once, EnvelopeSignType.Parse("RSA2"))).RspCode);
        Assert.Equal(EnvelopeCodes.Replayed, (await client.PostAsync(once)).RspCode);
        Assert.Equal(EnvelopeCodes.Replayed, (await client.CallAsync("goods.list", new { page = 2 }, new() { Serial = serial })).RspCode);

        var stale = client.NextSerial(host.Clock.GetUtcNow().AddMinutes(-11));
        Assert.Equal(EnvelopeCodes.SerialOutOfWindow, (await client.CallAsync("goods.list", new { page = 1 }, new() { Serial = stale })).RspCode);
        var recent = client.NextSerial(host.Clock.GetUtcNow().AddMinutes(-9));
        Assert.Equal(EnvelopeCodes.Ok, (await client.CallAsync("goods.list", new { page = 1 }, new() { Serial = recent })).RspCode);
    }

    [Fact]
    public async Task Malformed_envelopes_and_wrong_verbs_get_clean_signed_answers()
    {
        await using var host = new DialectHost();
        var client = host.Envelope();

        var notJson = await client.PostAsync("{\"head\":");
        Assert.Equal((400, EnvelopeCodes.BadFormat), (notJson.Http, notJson.RspCode));
        Assert.True(notJson.SignatureValid);

        var noBody = await client.PostAsync("{\"head\":{}}");
        Assert.Equal((400, EnvelopeCodes.BadFormat), (noBody.Http, noBody.RspCode));

        var missingSign = await client.PostAsync("{\"head\":{\"ClientType\":\"Android\",\"ClientIMEI\":\"x\",\"AppVersion\":\"1.0.0\",\"Action\":\"goods.list\",\"TradeSerialNo\":\"x20240101120000\"},\"body\":{}}");
        Assert.Equal(EnvelopeCodes.BadFormat, missingSign.RspCode);

        var unknownSignType = await client.PostAsync(client.Build("goods.list", new { page = 1 }).Replace("\"SignType\":\"RSA2\"", "\"SignType\":\"ROT13\""));
        Assert.Equal((400, EnvelopeCodes.BadFormat), (unknownSignType.Http, unknownSignType.RspCode));

        var huge = await client.PostAsync(new string(' ', 70_000) + "{}");
        Assert.Equal((413, EnvelopeCodes.TooLarge), (huge.Http, huge.RspCode));

        using var response = await host.Http.GetAsync("/gateway");
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains(EnvelopeCodes.MethodNotAllowed, await response.Content.ReadAsStringAsync());
    }
}
