using System.Security.Cryptography;
using ApiHost.Protocols.Envelope;
using Orleans.Grains.Gateway;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Dialects;

/// <summary>Seed 004 with keys registered through the admin API: PUT /v1/apps/{appid}/envelope registers the RSA public
/// key and answers generated AES/SM4 keys once; real signed and encrypted calls then work; rotating the symmetric
/// keys makes the old ones fail at once; registered keys win over configured ones, which stay the fallback.</summary>
public sealed class EnvelopeRegistrationTests
{
    private const string AppId = "h5_shop";

    private static async Task<AdminClient> AppAsync(DialectHost host)
    {
        var admin = await AdminClient.SignInAsync(host.Http);
        var created = await admin.PostAsync("/v1/apps", new { appid = AppId, kind = "app", dialects = new[] { "envelope" } });
        Assert.True(created.HttpStatus == 200, created.ToString());
        return admin;
    }

    private static EnvelopeClient Client(DialectHost host, RSA key, byte[] aes, byte[] sm4) =>
        new(host.Http, key, aes, sm4, host.Clock) { AppId = AppId };

    [Fact]
    public async Task Registered_keys_carry_real_calls_and_a_rotation_retires_the_old_symmetric_keys()
    {
        await using var host = new DialectHost();
        var admin = await AppAsync(host);
        using var rsa = RSA.Create(2048);

        var registered = await admin.PutAsync($"/v1/apps/{AppId}/envelope", new { public_key = rsa.ExportSubjectPublicKeyInfoPem() });
        Assert.True(registered.HttpStatus == 200, registered.ToString());
        var aes = Convert.FromBase64String(registered.First.GetProperty("aes_key").GetString()!);
        var sm4 = Convert.FromBase64String(registered.First.GetProperty("sm4_key").GetString()!);
        Assert.Equal((32, 16), (aes.Length, sm4.Length));

        var client = Client(host, rsa, aes, sm4);
        foreach (var signType in new[] { "RSA2", "SM4", "MD5withRSA/AES" })
        {
            var answer = await client.CallAsync("goods.list", new { page = 1 }, new EnvelopeClient.Options { SignType = signType });
            Assert.True(answer.RspCode == EnvelopeCodes.Ok, $"{signType}: {answer}");
            Assert.True(answer.SignatureValid);
            Assert.Equal(0, answer.Data!.Value.GetProperty("total").GetInt32());
        }

        // The keys were answered once: reading the registration or the app shows neither.
        var read = await admin.GetAsync($"/v1/apps/{AppId}/envelope");
        Assert.False(read.First.TryGetProperty("aes_key", out _));
        Assert.False(read.First.TryGetProperty("sm4_key", out _));
        Assert.Contains("BEGIN PUBLIC KEY", read.First.GetProperty("public_key").GetString());
        var app = await admin.GetAsync($"/v1/apps/{AppId}");
        Assert.True(app.First.GetProperty("envelope_keys").GetBoolean());
        Assert.DoesNotContain(Convert.ToBase64String(aes), app.Body);

        // Registering the public key again keeps the symmetric keys (and does not show them).
        var again = await admin.PutAsync($"/v1/apps/{AppId}/envelope", new { public_key = rsa.ExportRSAPublicKeyPem() });
        Assert.False(again.First.TryGetProperty("aes_key", out _));
        Assert.Equal(EnvelopeCodes.Ok, (await client.CallAsync("goods.list", new { page = 1 })).RspCode);

        var rotated = await admin.PostAsync($"/v1/apps/{AppId}/envelope/keys");
        Assert.True(rotated.HttpStatus == 200, rotated.ToString());
        var newAes = Convert.FromBase64String(rotated.First.GetProperty("aes_key").GetString()!);
        var newSm4 = Convert.FromBase64String(rotated.First.GetProperty("sm4_key").GetString()!);
        Assert.NotEqual(aes, newAes);
        Assert.NotEqual(sm4, newSm4);

        Assert.Equal(EnvelopeCodes.BadContent, (await client.CallAsync("goods.list", new { page = 1 })).RspCode);
        Assert.Equal(EnvelopeCodes.BadContent, (await client.CallAsync("goods.list", new { page = 1 }, new EnvelopeClient.Options { SignType = "SM4" })).RspCode);
        var renewed = Client(host, rsa, newAes, newSm4);
        Assert.Equal(EnvelopeCodes.Ok, (await renewed.CallAsync("goods.list", new { page = 1 })).RspCode);
        Assert.Equal(EnvelopeCodes.Ok, (await renewed.CallAsync("goods.list", new { page = 1 }, new EnvelopeClient.Options { SignType = "SM4" })).RspCode);
    }

    [Fact]
    public async Task Given_symmetric_keys_are_stored_and_registered_keys_win_over_configured_ones()
    {
        await using var host = new DialectHost();
        var admin = await AdminClient.SignInAsync(host.Http);
        await admin.PostAsync("/v1/apps", new { appid = DialectHost.EnvelopeAppId, kind = "app" });

        // Registered in the app grain but without envelope keys: the configured Envelope:Apps keys still apply.
        Assert.Equal(EnvelopeCodes.Ok, (await host.Envelope().CallAsync("goods.list", new { page = 1 })).RspCode);

        using var rsa = RSA.Create(3072);
        var aes = RandomNumberGenerator.GetBytes(32);
        var sm4 = RandomNumberGenerator.GetBytes(16);
        var registered = await admin.PutAsync($"/v1/apps/{DialectHost.EnvelopeAppId}/envelope", new
        {
            public_key = rsa.ExportSubjectPublicKeyInfoPem(),
            aes_key = Convert.ToBase64String(aes),
            sm4_key = Convert.ToBase64String(sm4),
        });
        Assert.True(registered.HttpStatus == 200, registered.ToString());
        Assert.False(registered.First.TryGetProperty("aes_key", out _));

        // The configured RSA key no longer verifies; the registered ones do.
        Assert.Equal(EnvelopeCodes.BadSignature, (await host.Envelope().CallAsync("goods.list", new { page = 1 })).RspCode);
        var client = new EnvelopeClient(host.Http, rsa, aes, sm4, host.Clock);
        Assert.Equal(EnvelopeCodes.Ok, (await client.CallAsync("goods.list", new { page = 1 }, new EnvelopeClient.Options { SignType = "SM4" })).RspCode);
    }

    [Fact]
    public async Task Invalid_keys_answer_400_naming_the_field_and_unknown_registrations_404()
    {
        await using var host = new DialectHost();
        var admin = await AppAsync(host);
        using var rsa = RSA.Create(2048);
        using var small = RSA.Create(1024);
        using var ec = ECDsa.Create();
        var pem = rsa.ExportSubjectPublicKeyInfoPem();

        foreach (var (body, field) in new (object Body, string Field)[]
                 {
                     (new { public_key = "not a key" }, "public_key"),
                     (new { public_key = rsa.ExportRSAPrivateKeyPem() }, "public_key"),
                     (new { public_key = rsa.ExportPkcs8PrivateKeyPem() }, "public_key"),
                     (new { public_key = small.ExportSubjectPublicKeyInfoPem() }, "public_key"),
                     (new { public_key = ec.ExportSubjectPublicKeyInfoPem() }, "public_key"),
                     (new { public_key = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----" }, "public_key"),
                     (new { public_key = pem, aes_key = Convert.ToBase64String(new byte[16]) }, "aes_key"),
                     (new { public_key = pem, aes_key = "%%%" }, "aes_key"),
                     (new { public_key = pem, sm4_key = Convert.ToBase64String(new byte[32]) }, "sm4_key"),
                 })
        {
            var reply = await admin.PutAsync($"/v1/apps/{AppId}/envelope", body);
            Assert.True(reply.HttpStatus == 400 && reply.ErrCode == 4000, reply.ToString());
            Assert.StartsWith(field, reply.Message);
            Assert.DoesNotContain("PRIVATE", reply.Body);
        }

        Assert.Equal(400, (await admin.PutAsync($"/v1/apps/{AppId}/envelope", new { })).HttpStatus);
        Assert.Equal(404, (await admin.GetAsync($"/v1/apps/{AppId}/envelope")).HttpStatus);
        Assert.Equal(404, (await admin.PostAsync($"/v1/apps/{AppId}/envelope/keys")).HttpStatus);
        Assert.Equal(404, (await admin.PutAsync("/v1/apps/nobody_app/envelope", new { public_key = pem })).HttpStatus);
    }

    [Fact]
    public void Printed_registrations_never_show_the_symmetric_keys()
    {
        var keys = new AppEnvelopeKeys("-----BEGIN PUBLIC KEY-----", "QUVTS0VZLXNlY3JldC1hZXMtMzItYnl0ZXMtbG9uZyE=", "U000LXNlY3JldC0xNmJ5dA==");
        var printed = new AppInfo("app_x", AppKind.App, "s", true, [], null, keys).ToString();

        Assert.DoesNotContain(keys.AesKey, printed);
        Assert.DoesNotContain(keys.Sm4Key, printed);
        Assert.Contains("AesKey = ***", printed);
    }
}
