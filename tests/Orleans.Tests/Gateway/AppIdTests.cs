using Orleans.Grains.Gateway;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Gateway;

/// <summary>Checks 2 and 3: the appid must be known and enabled (503); admin and activity appids only from their
/// address ranges (508), every range tested; the caller's address from X-Forwarded-For only when trusted.</summary>
public sealed class AppIdTests(AppIdTests.Host host) : IClassFixture<AppIdTests.Host>
{
    private const string Secret = "0123456789abcdef0123456789abcdef";
    private const string AppIdMessage = "appid 不存在或已停用";

    public sealed class Host : IAsyncLifetime
    {
        public GatewayHost Gateway { get; } = new();

        public async Task InitializeAsync()
        {
            await Save(new AppInfo("disabled_app_id", AppKind.App, Secret, false, []));
            await Save(new AppInfo("activity_app_id", AppKind.Activity, Secret, true, ["10.0.0.0/8", "192.168.1.0/24", "2001:db8::/32", "198.51.100.7"]));
            await Save(new AppInfo("ranged_app_id", AppKind.App, Secret, true, ["10.0.0.0/8"]));
        }

        public async Task DisposeAsync() => await Gateway.DisposeAsync();

        private Task Save(AppInfo app) => Gateway.Grains.GetGrain<IAppGrain>(app.AppId).Save(app);
    }

    [Fact]
    public async Task An_unknown_appid_answers_503()
    {
        var reply = await host.Gateway.Client(appId: "nobody_app_id", secret: Secret).CallAsync("test.echo");

        Assert.Equal((503, AppIdMessage), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task A_disabled_appid_answers_503_even_with_the_right_secret()
    {
        var reply = await host.Gateway.Client(appId: "disabled_app_id", secret: Secret).CallAsync("test.echo");

        Assert.Equal((503, AppIdMessage), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task An_overlong_appid_answers_503_without_a_lookup()
    {
        var reply = await host.Gateway.Client(appId: new string('a', 65), secret: Secret).CallAsync("test.echo");

        Assert.Equal((503, AppIdMessage), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task The_secret_of_another_appid_does_not_sign()
    {
        var reply = await host.Gateway.Client(appId: YafClient.IosAppId, secret: Secret).CallAsync("test.echo");

        Assert.Equal((503, "API signature error"), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task The_admin_appid_is_refused_outside_its_ranges_and_served_inside()
    {
        var outside = host.Gateway.Client("203.0.113.5", YafClient.AdminAppId, YafClient.AdminSecret);
        var loopback = host.Gateway.Client("127.0.0.1", YafClient.AdminAppId, YafClient.AdminSecret);
        var loopbackV6 = host.Gateway.Client("::1", YafClient.AdminAppId, YafClient.AdminSecret);

        Assert.Equal(508, (await outside.CallAsync("test.echo")).Code);
        Assert.Equal(200, (await loopback.CallAsync("test.echo")).Code);
        Assert.Equal(200, (await loopbackV6.CallAsync("test.echo")).Code);
    }

    [Theory]
    [InlineData("10.1.2.3", 200)]
    [InlineData("192.168.1.200", 200)]
    [InlineData("192.168.2.1", 508)]
    [InlineData("2001:db8::1", 200)]
    [InlineData("2001:db9::1", 508)]
    [InlineData("198.51.100.7", 200)]
    [InlineData("198.51.100.8", 508)]
    [InlineData("::ffff:10.9.9.9", 200)]
    public async Task Every_range_of_an_activity_appid_is_tested(string ip, int code)
    {
        var client = host.Gateway.Client(ip, "activity_app_id", Secret);

        Assert.Equal(code, (await client.CallAsync("test.echo")).Code);
    }

    [Fact]
    public async Task Ranges_of_an_ordinary_app_are_not_enforced()
    {
        var client = host.Gateway.Client("203.0.113.5", "ranged_app_id", Secret);

        Assert.Equal(200, (await client.CallAsync("test.echo")).Code);
    }

    [Fact]
    public async Task The_address_added_by_the_trusted_proxy_counts_not_one_the_client_wrote()
    {
        // A proxy appends the connecting address; whatever the client put in front is under its control.
        var spoofing = host.Gateway.Client("127.0.0.1, 203.0.113.9", YafClient.AdminAppId, YafClient.AdminSecret);
        var proxied = host.Gateway.Client("203.0.113.9, 127.0.0.1", YafClient.AdminAppId, YafClient.AdminSecret);

        Assert.Equal(508, (await spoofing.CallAsync("test.echo")).Code);
        Assert.Equal(200, (await proxied.CallAsync("test.echo")).Code);
    }

    [Fact]
    public async Task An_unparsable_forwarded_address_falls_back_to_the_connection()
    {
        var client = host.Gateway.Client("not-an-ip", YafClient.AdminAppId, YafClient.AdminSecret);

        Assert.Equal(200, (await client.CallAsync("test.echo")).Code);
    }

    [Fact]
    public async Task Without_trust_the_forwarded_header_is_ignored()
    {
        await using var untrusting = new GatewayHost(new() { ["Yaf:TrustForwardedFor"] = "false" });
        var client = untrusting.Client("203.0.113.5", YafClient.AdminAppId, YafClient.AdminSecret);

        // The test server's connection is loopback, inside the admin ranges.
        Assert.Equal(200, (await client.CallAsync("test.echo")).Code);
    }
}
