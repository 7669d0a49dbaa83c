using System.Text.Json;
using Orleans.Grains.Content;
using Orleans.Tests.Gateway;

namespace Orleans.Tests.SystemMethods;

/// <summary>system.init (section 2.1): every field, empty objects where there is nothing, content from the grains
/// as it is live now, token_status.</summary>
public sealed class SystemInitTests : IAsyncLifetime
{
    private static readonly string[] Fields =
        ["token_status", "upgrade", "start_ad", "app_home_right_btn_url", "app_service", "app_about", "app_feedback", "notice_dialog"];

    private readonly GatewayHost _host = new(new()
    {
        ["SystemInit:AppHomeRightBtnUrl"] = "https://example.com/right",
        ["SystemInit:AppService:Url"] = "https://example.com/service",
        ["SystemInit:AppAbout:Txt"] = "关于",
        ["SystemInit:AppAbout:Url"] = "https://example.com/about",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_content_or_token_every_field_is_there_with_empty_objects()
    {
        var reply = await _host.Client().CallAsync("system.init", new { token = "" });

        Assert.Equal((200, "success"), (reply.Code, reply.Msg));
        var data = reply.Data!.Value;
        Assert.Equal(Fields.Order(), data.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(0, data.GetProperty("token_status").GetInt32());
        foreach (var empty in new[] { "upgrade", "start_ad", "notice_dialog" })
        {
            Assert.Equal(JsonValueKind.Object, data.GetProperty(empty).ValueKind);
            Assert.Empty(data.GetProperty(empty).EnumerateObject());
        }

        Assert.Equal("https://example.com/right", data.GetProperty("app_home_right_btn_url").GetString());
        Assert.Equal("""{"txt":"服务中心","url":"https://example.com/service"}""", data.GetProperty("app_service").GetRawText());
        Assert.Equal("""{"txt":"关于","url":"https://example.com/about"}""", data.GetProperty("app_about").GetRawText());
        Assert.Equal("""{"txt":"意见反馈","url":""}""", data.GetProperty("app_feedback").GetRawText());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("0123456789abcdef0123456789abcdefzz")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF1")]
    public async Task A_missing_or_malformed_token_reports_0(string? token)
    {
        var reply = await _host.Client().CallAsync("system.init", token is null ? null : new { token });

        Assert.Equal(200, reply.Code);
        Assert.Equal(0, reply.Data!.Value.GetProperty("token_status").GetInt32());
    }

    [Fact]
    public async Task A_token_of_the_wrong_type_names_the_parameter()
    {
        var reply = await _host.Client().CallAsync("system.init", new { token = 5 });

        Assert.Equal(503, reply.Code);
        Assert.Contains("token", reply.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_start_ad_is_the_first_live_ad_of_its_position()
    {
        var position = _host.Grains.GetGrain<IAdPositionGrain>("APP_START_AD");
        await position.SavePosition(new AdPositionInfo("APP_START_AD", "APP 启动页广告", true, 1));
        await position.SaveAd(new AdInfo(0, "draft", "https://img.example.com/d.png", "", 0, false, null, null));
        var soon = await position.SaveAd(new AdInfo(0, "soon", "https://img.example.com/s.png", "https://example.com/s", 0, true, _host.Clock.GetUtcNow().AddHours(2), null));
        var live = await position.SaveAd(new AdInfo(0, "live", "https://img.example.com/l.png", "https://example.com/l", 5, true, null, _host.Clock.GetUtcNow().AddHours(3)));

        var now = (await _host.Client().CallAsync("system.init")).Data!.Value.GetProperty("start_ad");
        _host.Clock.Advance(TimeSpan.FromHours(2));
        var later = (await _host.Client().CallAsync("system.init")).Data!.Value.GetProperty("start_ad");
        _host.Clock.Advance(TimeSpan.FromDays(1));
        var muchLater = (await _host.Client().CallAsync("system.init")).Data!.Value.GetProperty("start_ad");
        await position.SavePosition(new AdPositionInfo("APP_START_AD", "APP 启动页广告", false, 1));
        var disabled = (await _host.Client().CallAsync("system.init")).Data!.Value.GetProperty("start_ad");

        Assert.Equal(
            $$"""{"ad_id":{{live.AdId}},"ad_name":"live","ad_image_url":"https://img.example.com/l.png","ad_url":"https://example.com/l"}""",
            now.GetRawText());
        Assert.Equal(soon.AdId, later.GetProperty("ad_id").GetInt64());
        Assert.Equal(soon.AdId, muchLater.GetProperty("ad_id").GetInt64());
        Assert.Equal("{}", disabled.GetRawText());
    }

    [Fact]
    public async Task The_notice_dialog_is_the_newest_live_dialog_notice_with_its_edition()
    {
        var board = _host.Grains.GetGrain<INoticeBoardGrain>("app");
        await board.Save(new NoticeInfo(0, "plain", "s", "b", false, true, null, null));
        await board.Save(new NoticeInfo(0, "draft", "s", "b", true, false, null, null));
        Assert.Equal("{}", (await _host.Client().CallAsync("system.init")).Data!.Value.GetProperty("notice_dialog").GetRawText());

        var koi = await board.Save(new NoticeInfo(0, "恭喜您被选中为2019年锦鲤", "锦鲤摘要", "正文", true, true, null, null));
        var shown = (await _host.Client().CallAsync("system.init")).Data!.Value.GetProperty("notice_dialog");
        _host.Clock.Advance(TimeSpan.FromSeconds(3));
        await board.Save(koi with { Summary = "新摘要" });
        var edited = (await _host.Client().CallAsync("system.init")).Data!.Value.GetProperty("notice_dialog");

        Assert.Equal($$"""{"title":"恭喜您被选中为2019年锦鲤","summary":"锦鲤摘要","edition":"{{koi.Edition}}"}""", shown.GetRawText());
        Assert.Equal("新摘要", edited.GetProperty("summary").GetString());
        Assert.NotEqual(koi.Edition, edited.GetProperty("edition").GetString());
    }

    [Fact]
    public async Task The_upgrade_object_appears_when_an_upgrade_applies()
    {
        await _host.Grains.GetGrain<IAppUpgradeGrain>("1:").Save(
            new AppUpgradeRow(0, "1.0.1", "端午节新版闹龙舟", "端午节新版闹龙舟", "https://example.com/ios", 2, true, true, null, null));

        var ios = (await _host.Client().CallAsync("system.init")).Data!.Value.GetProperty("upgrade");
        var android = _host.Client();
        android.Platform = 2;
        var androidUpgrade = (await android.CallAsync("system.init")).Data!.Value.GetProperty("upgrade");

        Assert.Equal(
            """{"upgrade_way":2,"app_v":"1.0.1","app_title":"端午节新版闹龙舟","app_desc":"端午节新版闹龙舟","app_url":"","dialog_repeat":1,"origin_v":"1.0.0"}""",
            ios.GetRawText());
        Assert.Equal("{}", androidUpgrade.GetRawText());
    }
}
