using Orleans.Tests.TestKit;
using static Orleans.Tests.AdminRest.GoodsAdminTests;

namespace Orleans.Tests.AdminRest;

/// <summary>/v1/ip-bans: read an address's guard state, ban it (the gateway then refuses it with 510 on the methods
/// that count toward bans, as after an automatic ban), lift the ban; the ban ends on its own at its time.</summary>
public sealed class IpBanAdminTests
{
    private const string Banned = "203.0.113.9";

    [Fact]
    public async Task An_admin_ban_refuses_the_address_until_lifted()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        await host.RegisterAsync("13800000031");
        var login = new { mobile = "13800000031", login_type = 2, password = TestSessions.DefaultPassword };

        var before = await admin.GetAsync($"/v1/ip-bans?ip={Banned}");
        Assert.Equal((0, 1L, false), (before.ErrCode, before.Count, before.First.GetProperty("banned").GetBoolean()));
        Assert.False(before.First.TryGetProperty("ban_end", out _));

        var ban = await admin.PostAsync("/v1/ip-bans", new { ip = Banned, minutes = 60, reason = "撞库" });
        Assert.Equal((true, "admin", "撞库"), (ban.First.GetProperty("banned").GetBoolean(), ban.First.GetProperty("banned_by").GetString(), ban.First.GetProperty("reason").GetString()));
        Assert.Equal(510, (await host.Client(Banned).CallAsync("user.login", login)).Code);
        Assert.Equal(200, (await host.Client("203.0.113.10").CallAsync("user.login", login)).Code);
        Assert.True((await admin.GetAsync($"/v1/ip-bans?ip={Banned}")).First.GetProperty("banned").GetBoolean());

        var lifted = await admin.DeleteAsync($"/v1/ip-bans/{Banned}");
        Assert.False(lifted.First.GetProperty("banned").GetBoolean());
        Assert.Equal(200, (await host.Client(Banned).CallAsync("user.login", login)).Code);
        Assert.Equal(404, (await admin.DeleteAsync($"/v1/ip-bans/{Banned}")).HttpStatus);

        await admin.PostAsync("/v1/ip-bans", new { ip = "2001:db8::1", minutes = 10, reason = "扫描" });
        Assert.Equal(510, (await host.Client("2001:db8::1").CallAsync("user.login", login)).Code);
        host.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await host.Client("2001:db8::1").CallAsync("user.login", login)).Code);
        Assert.False((await admin.GetAsync("/v1/ip-bans?ip=2001:db8::1")).First.GetProperty("banned").GetBoolean());
    }

    [Fact]
    public async Task Bad_addresses_durations_and_reasons_answer_400_and_ban_nothing()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();

        Assert.Equal((400, "ip"), Of(await admin.GetAsync("/v1/ip-bans")));
        Assert.Equal((400, "ip"), Of(await admin.GetAsync("/v1/ip-bans?ip=300.1.1.1")));
        Assert.Equal((400, "ip"), Of(await admin.PostAsync("/v1/ip-bans", new { ip = "example.com", minutes = 5, reason = "x" })));
        Assert.Equal((400, "minutes"), Of(await admin.PostAsync("/v1/ip-bans", new { ip = Banned, minutes = 0, reason = "x" })));
        Assert.Equal((400, "minutes"), Of(await admin.PostAsync("/v1/ip-bans", new { ip = Banned, minutes = int.MaxValue, reason = "x" })));
        Assert.Equal((400, "reason"), Of(await admin.PostAsync("/v1/ip-bans", new { ip = Banned, minutes = 5, reason = new string('r', 201) })));
        Assert.Equal((400, "reason"), Of(await admin.PostAsync("/v1/ip-bans", new { ip = Banned, minutes = 5 })));
        Assert.Equal((400, "ip"), Of(await admin.DeleteAsync("/v1/ip-bans/not-an-ip")));
        Assert.False((await admin.GetAsync($"/v1/ip-bans?ip={Banned}")).First.GetProperty("banned").GetBoolean());
    }
}
