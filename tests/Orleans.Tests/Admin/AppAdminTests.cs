using Orleans.Tests.TestKit;

namespace Orleans.Tests.Admin;

public sealed class AppAdminTests
{
    [Fact]
    public async Task Apps_are_listed_without_secrets_and_created_with_a_generated_secret_that_signs()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var created = await admin.PostAsync("/v1/apps", new { appid = "h5_app_id", kind = "app" });
        var secret = created.First.GetProperty("secret").GetString()!;
        var listed = await admin.GetAsync("/v1/apps");
        var duplicate = await admin.PostAsync("/v1/apps", new { appid = "h5_app_id", kind = "app" });
        var mobile = new YafClient(factory.CreateClient(), "h5_app_id", secret);

        Assert.Matches("^[0-9a-f]{32}$", secret);
        Assert.Equal(
            ["admin_app_id", "android_app_id", "h5_app_id", "ios_app_id"],
            listed.Data!.Value.EnumerateArray().Select(a => a.GetProperty("appid").GetString()));
        Assert.DoesNotContain("secret", listed.Body);
        Assert.Equal(4, listed.Count);
        Assert.Equal((409, 4090), (duplicate.HttpStatus, duplicate.ErrCode));
        Assert.Equal(602, (await mobile.CallAsync("gold.balance")).Code);
    }

    [Fact]
    public async Task Disabling_and_rotating_take_effect_at_once()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());
        var old = new YafClient(factory.CreateClient(), "android_app_id", "c5b4bd1f3e6a4f0e9a7d2b8c1e0f3a64");

        var rotated = await admin.PostAsync("/v1/apps/android_app_id/secret");
        var fresh = new YafClient(factory.CreateClient(), "android_app_id", rotated.First.GetProperty("secret").GetString()!);
        var withOld = await old.CallAsync("gold.balance");
        var withNew = await fresh.CallAsync("gold.balance");
        var disabled = await admin.PutAsync("/v1/apps/android_app_id", new { enabled = false });
        var whileDisabled = await fresh.CallAsync("gold.balance");

        Assert.Equal("API signature error", withOld.Msg);
        Assert.Equal(602, withNew.Code);
        Assert.False(disabled.First.GetProperty("enabled").GetBoolean());
        Assert.False(disabled.First.TryGetProperty("secret", out _));
        Assert.Equal(503, whileDisabled.Code);
    }

    [Fact]
    public async Task Ip_ranges_are_validated_and_applied()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var bad = await admin.PutAsync("/v1/apps/admin_app_id", new { ip_ranges = new[] { "10.0.0.0/8", "not-a-range" } });
        var tooMany = await admin.PutAsync("/v1/apps/admin_app_id", new { ip_ranges = Enumerable.Range(0, 33).Select(i => $"10.0.{i}.0/24").ToArray() });
        var moved = await admin.PutAsync("/v1/apps/admin_app_id", new { ip_ranges = new[] { "10.0.0.0/8" } });
        var fromLoopback = await new YafClient(factory.CreateClient(), YafClient.AdminAppId, YafClient.AdminSecret).CallAsync("gold.balance");

        Assert.Equal((400, 4000), (bad.HttpStatus, bad.ErrCode));
        Assert.StartsWith("ip_ranges", bad.Message);
        Assert.StartsWith("ip_ranges", tooMany.Message);
        Assert.Equal(["10.0.0.0/8"], moved.First.GetProperty("ip_ranges").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(508, fromLoopback.Code);
    }

    [Theory]
    [InlineData("{\"appid\":\"x\",\"kind\":\"app\"}", "appid")]
    [InlineData("{\"appid\":\"new_app\",\"kind\":\"robot\"}", "kind")]
    [InlineData("{\"appid\":\"new_app\",\"kind\":\"app\",\"secret\":\"mine\"}", "secret")]
    public async Task Bad_creates_answer_400_naming_the_field(string body, string field)
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var reply = await admin.SendRawAsync(HttpMethod.Post, "/v1/apps", body);

        Assert.Equal((400, 4000), (reply.HttpStatus, reply.ErrCode));
        Assert.StartsWith(field, reply.Message);
    }
}
