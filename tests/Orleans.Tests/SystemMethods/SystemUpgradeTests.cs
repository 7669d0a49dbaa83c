using Orleans.Grains.Content;
using Orleans.Tests.Gateway;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.SystemMethods;

/// <summary>system.upgrade (section 2.2): per platform and channel, newest applicable release, strongest way.</summary>
public sealed class SystemUpgradeTests : IAsyncLifetime
{
    private readonly GatewayHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Up_to_date_answers_the_full_shape_with_way_0()
    {
        var reply = await Call(1, "1.0.0");

        Assert.Equal((200, "success"), (reply.Code, reply.Msg));
        Assert.Equal("""{"upgrade_way":0,"app_v":"","app_title":"","app_desc":"","app_url":"","dialog_repeat":0,"origin_v":"1.0.0"}""", reply.Data!.Value.GetRawText());
    }

    [Fact]
    public async Task Rows_are_per_platform_and_ios_gets_no_url()
    {
        await Save("1:", "1.1.0", 1, "https://example.com/ios");
        await Save("2:", "1.2.0", 2, "https://example.com/app.apk");

        var ios = await Call(1, "1.0.0");
        var android = await Call(2, "1.0.0");
        var web = await Call(4, "1.0.0");

        Assert.Equal(("1", "1.1.0", ""), (ios.Str("upgrade_way"), ios.Str("app_v"), ios.Str("app_url")));
        Assert.Equal(("2", "1.2.0", "https://example.com/app.apk"), (android.Str("upgrade_way"), android.Str("app_v"), android.Str("app_url")));
        Assert.Equal("0", web.Str("upgrade_way"));
    }

    [Fact]
    public async Task A_configured_channel_uses_its_rows_and_others_fall_back_to_the_default()
    {
        await Save("2:", "2.0.0", 1, "https://example.com/default.apk");
        await Save("2:huawei", "1.5.0", 2, "https://example.com/huawei.apk");

        var huaweiOld = await Call(2, "1.0.0", "huawei");
        var huaweiCurrent = await Call(2, "1.5.0", "huawei");
        var xiaomi = await Call(2, "1.0.0", "xiaomi");
        var odd = await Call(2, "1.0.0", "../../etc");

        Assert.Equal(("2", "1.5.0", "https://example.com/huawei.apk"), (huaweiOld.Str("upgrade_way"), huaweiOld.Str("app_v"), huaweiOld.Str("app_url")));
        Assert.Equal("0", huaweiCurrent.Str("upgrade_way"));
        Assert.Equal(("1", "2.0.0", "https://example.com/default.apk"), (xiaomi.Str("upgrade_way"), xiaomi.Str("app_v"), xiaomi.Str("app_url")));
        Assert.Equal("2.0.0", odd.Str("app_v"));
    }

    [Fact]
    public async Task The_newest_release_is_the_target_and_the_strongest_way_in_between_applies()
    {
        await Save("2:", "1.0.9", 2, "https://example.com/109.apk");
        await Save("2:", "1.0.10", 1, "https://example.com/1010.apk", dialogRepeat: false);

        var fromOld = await Call(2, "1.0.8");
        var fromForcedOne = await Call(2, "1.0.9");
        var fromNewest = await Call(2, "1.0.10");

        Assert.Equal(("2", "1.0.10", "0", "1.0.8"), (fromOld.Str("upgrade_way"), fromOld.Str("app_v"), fromOld.Str("dialog_repeat"), fromOld.Str("origin_v")));
        Assert.Equal(("1", "1.0.10"), (fromForcedOne.Str("upgrade_way"), fromForcedOne.Str("app_v")));
        Assert.Equal("0", fromNewest.Str("upgrade_way"));
    }

    [Fact]
    public async Task Closing_the_app_is_way_3()
    {
        await Save("1:", "9.0.0", 3, string.Empty);

        Assert.Equal("3", (await Call(1, "1.0.0")).Str("upgrade_way"));
    }

    [Fact]
    public async Task Unpublished_and_scheduled_rows_wait()
    {
        var grain = _host.Grains.GetGrain<IAppUpgradeGrain>("1:");
        await grain.Save(new AppUpgradeRow(0, "3.0.0", "t", "d", "", 2, true, false, null, null));
        await grain.Save(new AppUpgradeRow(0, "2.0.0", "t", "d", "", 1, true, true, _host.Clock.GetUtcNow().AddHours(1), null));

        Assert.Equal("0", (await Call(1, "1.0.0")).Str("upgrade_way"));
        _host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(("1", "2.0.0"), ((await Call(1, "1.0.0")).Str("upgrade_way"), (await Call(1, "1.0.0")).Str("app_v")));
    }

    private Task Save(string key, string version, int way, string url, bool dialogRepeat = true) =>
        _host.Grains.GetGrain<IAppUpgradeGrain>(key).Save(new AppUpgradeRow(0, version, $"v{version}", $"desc {version}", url, way, dialogRepeat, true, null, null));

    private Task<YafReply> Call(int platform, string appVersion, string channel = "")
    {
        var client = _host.Client();
        client.Platform = platform;
        return client.CallAsync("system.upgrade", new { app_v = appVersion, channel, token = "" });
    }
}
