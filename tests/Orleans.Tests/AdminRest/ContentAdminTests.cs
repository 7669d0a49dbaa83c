using static Orleans.Tests.AdminRest.GoodsAdminTests;

namespace Orleans.Tests.AdminRest;

/// <summary>/v1/ad-positions, /v1/ads, /v1/notices, /v1/upgrades: create, read, list, update, delete; each change as
/// system.init shows it to clients; bad input refused whole.</summary>
public sealed class ContentAdminTests
{
    [Fact]
    public async Task Ad_positions_and_ads_are_managed_and_reach_system_init_only_when_published()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var client = host.Client();

        var position = await admin.PostAsync("/v1/ad-positions", new { code = "APP_START_AD", name = "APP 启动页广告", display_count = 1 });
        var duplicate = await admin.PostAsync("/v1/ad-positions", new { code = "APP_START_AD", name = "again" });
        await admin.PostAsync("/v1/ad-positions", new { code = "HOME_BANNER", name = "首页轮播" });
        Assert.Equal((0, true, 0), (position.ErrCode, position.First.GetProperty("enabled").GetBoolean(), position.First.GetProperty("ad_count").GetInt32()));
        Assert.Equal(409, duplicate.HttpStatus);
        var positions = await admin.GetAsync("/v1/ad-positions");
        Assert.Equal(["APP_START_AD", "HOME_BANNER"], positions.Data!.Value.EnumerateArray().Select(p => p.GetProperty("code").GetString()));

        var ad = await admin.PostAsync("/v1/ads", new
        {
            position = "APP_START_AD", ad_name = "开屏", ad_image_url = "https://img.example/s.png", ad_url = "https://example.com/s", published = true,
        });
        var adId = ad.First.GetProperty("ad_id").GetInt64();
        await admin.PostAsync("/v1/ads", new { position = "HOME_BANNER", ad_name = "轮播", ad_image_url = "/uploads/b.png" });
        var shown = (await client.CallAsync("system.init")).Data!.Value.GetProperty("start_ad");
        Assert.Equal(adId, shown.GetProperty("ad_id").GetInt64());
        Assert.False(ad.First.TryGetProperty("start_time", out _)); // nulls are omitted
        Assert.Equal(2L, (await admin.GetAsync("/v1/ads")).Count);
        Assert.Equal("开屏", (await admin.GetAsync("/v1/ads?position=APP_START_AD")).First.GetProperty("ad_name").GetString());
        Assert.Equal("APP_START_AD", (await admin.GetAsync($"/v1/ads/{adId}")).First.GetProperty("position").GetString());
        Assert.Equal(1, (await admin.GetAsync("/v1/ad-positions/APP_START_AD")).First.GetProperty("ad_count").GetInt32());

        var later = host.Clock.GetUtcNow().AddHours(2).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var scheduled = await admin.PutAsync($"/v1/ads/{adId}", new
        {
            ad_name = "开屏", ad_image_url = "https://img.example/s.png", published = true, start_time = later,
        });
        Assert.Equal(later, scheduled.First.GetProperty("start_time").GetString());
        Assert.Equal("{}", (await client.CallAsync("system.init")).Data!.Value.GetProperty("start_ad").GetRawText());
        host.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(adId, (await client.CallAsync("system.init")).Data!.Value.GetProperty("start_ad").GetProperty("ad_id").GetInt64());

        var disabled = await admin.PutAsync("/v1/ad-positions/APP_START_AD", new { name = "启动页", enabled = false, display_count = 1 });
        Assert.False(disabled.First.GetProperty("enabled").GetBoolean());
        Assert.Equal("{}", (await client.CallAsync("system.init")).Data!.Value.GetProperty("start_ad").GetRawText());

        Assert.Equal(adId, (await admin.DeleteAsync($"/v1/ads/{adId}")).First.GetProperty("ad_id").GetInt64());
        Assert.Equal(404, (await admin.GetAsync($"/v1/ads/{adId}")).HttpStatus);
        Assert.Equal(404, (await admin.DeleteAsync($"/v1/ads/{adId}")).HttpStatus);
        Assert.Equal("HOME_BANNER", (await admin.DeleteAsync("/v1/ad-positions/HOME_BANNER")).First.GetProperty("code").GetString());
        Assert.Equal(0L, (await admin.GetAsync("/v1/ads")).Count);
        Assert.Equal(1L, (await admin.GetAsync("/v1/ad-positions")).Count);
        Assert.Equal(404, (await admin.GetAsync("/v1/ad-positions/HOME_BANNER")).HttpStatus);
    }

    [Fact]
    public async Task Bad_ads_and_positions_answer_400_naming_the_field_and_write_nothing()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        await admin.PostAsync("/v1/ad-positions", new { code = "P1", name = "p" });

        Assert.Equal((400, "code"), Of(await admin.PostAsync("/v1/ad-positions", new { code = "bad code", name = "p" })));
        Assert.Equal((400, "name"), Of(await admin.PostAsync("/v1/ad-positions", new { code = "P2", name = new string('n', 101) })));
        Assert.Equal((400, "display_count"), Of(await admin.PostAsync("/v1/ad-positions", new { code = "P2", name = "p", display_count = -1 })));
        var missing = await admin.PutAsync("/v1/ad-positions/P9", new { name = "p" });
        Assert.Equal((404, "ad position P9 not found"), (missing.HttpStatus, missing.Message));
        var ad = new { position = "P1", ad_name = "a", ad_image_url = "https://img.example/a.png" };
        Assert.Equal((400, "ad_image_url"), Of(await admin.PostAsync("/v1/ads", ad with { ad_image_url = "javascript:alert(1)" })));
        Assert.Equal((400, "ad_name"), Of(await admin.PostAsync("/v1/ads", ad with { ad_name = new string('a', 101) })));
        Assert.Equal((400, "position"), Of(await admin.PostAsync("/v1/ads", ad with { position = "NOPE" })));
        Assert.Equal((400, "end_time"), Of(await admin.PostAsync("/v1/ads", new
        {
            position = "P1", ad_name = "a", ad_image_url = "/a.png", start_time = "2030-01-02 00:00:00", end_time = "2030-01-01 00:00:00",
        })));
        Assert.Equal((400, "start_time"), Of(await admin.PostAsync("/v1/ads", new { position = "P1", ad_name = "a", ad_image_url = "/a.png", start_time = "tomorrow" })));
        Assert.Equal((400, "sort"), Of(await admin.PostAsync("/v1/ads", new { position = "P1", ad_name = "a", ad_image_url = "/a.png", sort = "1" })));
        Assert.Equal(404, (await admin.PutAsync("/v1/ads/999999", new { ad_name = "a", ad_image_url = "/a.png" })).HttpStatus);

        Assert.Equal(0L, (await admin.GetAsync("/v1/ads")).Count);
        Assert.Equal(1L, (await admin.GetAsync("/v1/ad-positions")).Count);
    }

    [Fact]
    public async Task Notices_are_managed_and_the_dialog_reaches_system_init_with_a_new_edition_after_an_edit()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var client = host.Client();

        var draft = await admin.PostAsync("/v1/notices", new { title = "草稿", is_dialog = true });
        var notice = await admin.PostAsync("/v1/notices", new { title = "恭喜您被选中为2019年锦鲤", summary = "锦鲤摘要", body = "正文", is_dialog = true, published = true });
        var noticeId = notice.First.GetProperty("notice_id").GetInt64();
        var edition = notice.First.GetProperty("edition").GetString();
        Assert.False(draft.First.GetProperty("published").GetBoolean());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", notice.First.GetProperty("c_time").GetString());
        var dialog = (await client.CallAsync("system.init")).Data!.Value.GetProperty("notice_dialog");
        Assert.Equal(("恭喜您被选中为2019年锦鲤", edition), (dialog.GetProperty("title").GetString(), dialog.GetProperty("edition").GetString()));

        var list = await admin.GetAsync("/v1/notices");
        Assert.Equal(2L, list.Count);
        Assert.Equal(noticeId, list.First.GetProperty("notice_id").GetInt64());

        host.Clock.Advance(TimeSpan.FromSeconds(5));
        var edited = await admin.PutAsync($"/v1/notices/{noticeId}", new { title = "恭喜您被选中为2019年锦鲤", summary = "新摘要", is_dialog = true, published = true });
        Assert.NotEqual(edition, edited.First.GetProperty("edition").GetString());
        Assert.Equal(edited.First.GetProperty("edition").GetString(), (await client.CallAsync("system.init")).Data!.Value.GetProperty("notice_dialog").GetProperty("edition").GetString());

        Assert.Equal(noticeId, (await admin.DeleteAsync($"/v1/notices/{noticeId}")).First.GetProperty("notice_id").GetInt64());
        Assert.Equal("{}", (await client.CallAsync("system.init")).Data!.Value.GetProperty("notice_dialog").GetRawText());
        Assert.Equal(404, (await admin.GetAsync($"/v1/notices/{noticeId}")).HttpStatus);
        Assert.Equal(404, (await admin.PutAsync($"/v1/notices/{noticeId}", new { title = "x" })).HttpStatus);
        Assert.Equal(404, (await admin.DeleteAsync($"/v1/notices/{noticeId}")).HttpStatus);

        Assert.Equal((400, "title"), Of(await admin.PostAsync("/v1/notices", new { title = new string('t', 101) })));
        Assert.Equal((400, "title"), Of(await admin.PostAsync("/v1/notices", new { summary = "no title" })));
        Assert.Equal((400, "body"), Of(await admin.PostAsync("/v1/notices", new { title = "t", body = new string('b', 20_001) })));
        Assert.Equal((400, "end_time"), Of(await admin.PostAsync("/v1/notices", new { title = "t", end_time = "2019-13-01 00:00:00" })));
        Assert.Equal(1L, (await admin.GetAsync("/v1/notices")).Count);
    }

    [Fact]
    public async Task Upgrades_are_managed_per_platform_and_channel_and_reach_system_init_when_published()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var ios = host.Client();

        var row = await admin.PostAsync("/v1/upgrades", new
        {
            platform = 1, app_v = "1.0.1", upgrade_way = 2, app_title = "端午节新版", app_desc = "闹龙舟", app_url = "https://example.com/ios", published = true,
        });
        var upgradeId = row.First.GetProperty("upgrade_id").GetInt64();
        await admin.PostAsync("/v1/upgrades", new { platform = 2, channel = "huawei", app_v = "2.0", upgrade_way = 1 });
        Assert.Equal((0, 1, ""), (row.ErrCode, row.First.GetProperty("platform").GetInt32(), row.First.GetProperty("channel").GetString()));
        var upgrade = (await ios.CallAsync("system.init")).Data!.Value.GetProperty("upgrade");
        Assert.Equal((2, "1.0.1"), (upgrade.GetProperty("upgrade_way").GetInt32(), upgrade.GetProperty("app_v").GetString()));

        Assert.Equal(2L, (await admin.GetAsync("/v1/upgrades")).Count);
        Assert.Equal("huawei", (await admin.GetAsync("/v1/upgrades?platform=2")).First.GetProperty("channel").GetString());
        Assert.Equal(0L, (await admin.GetAsync("/v1/upgrades?platform=2&channel=xiaomi")).Count);
        Assert.Equal("端午节新版", (await admin.GetAsync($"/v1/upgrades/{upgradeId}")).First.GetProperty("app_title").GetString());

        var unpublished = await admin.PutAsync($"/v1/upgrades/{upgradeId}", new { app_v = "1.0.1", upgrade_way = 2, published = false });
        Assert.False(unpublished.First.GetProperty("published").GetBoolean());
        Assert.Equal("{}", (await ios.CallAsync("system.init")).Data!.Value.GetProperty("upgrade").GetRawText());

        Assert.Equal((400, "app_v"), Of(await admin.PostAsync("/v1/upgrades", new { platform = 1, app_v = "1.x", upgrade_way = 1 })));
        Assert.Equal((400, "platform"), Of(await admin.PostAsync("/v1/upgrades", new { platform = 3, app_v = "1.0", upgrade_way = 1 })));
        Assert.Equal((400, "upgrade_way"), Of(await admin.PostAsync("/v1/upgrades", new { platform = 1, app_v = "1.0", upgrade_way = 0 })));
        Assert.Equal((400, "channel"), Of(await admin.PostAsync("/v1/upgrades", new { platform = 1, channel = "a b", app_v = "1.0", upgrade_way = 1 })));
        Assert.Equal((400, "app_url"), Of(await admin.PostAsync("/v1/upgrades", new { platform = 1, app_v = "1.0", upgrade_way = 1, app_url = "itms://x y" })));
        Assert.Equal((400, "app_v"), Of(await admin.PutAsync($"/v1/upgrades/{upgradeId}", new { app_v = "", upgrade_way = 1 })));
        Assert.Equal("1.0.1", (await admin.GetAsync($"/v1/upgrades/{upgradeId}")).First.GetProperty("app_v").GetString());
        Assert.Equal(2L, (await admin.GetAsync("/v1/upgrades")).Count);

        Assert.Equal(upgradeId, (await admin.DeleteAsync($"/v1/upgrades/{upgradeId}")).First.GetProperty("upgrade_id").GetInt64());
        Assert.Equal(404, (await admin.GetAsync($"/v1/upgrades/{upgradeId}")).HttpStatus);
        Assert.Equal(404, (await admin.PutAsync($"/v1/upgrades/{upgradeId}", new { app_v = "1.0", upgrade_way = 1 })).HttpStatus);
        Assert.Equal(404, (await admin.DeleteAsync($"/v1/upgrades/{upgradeId}")).HttpStatus);
        Assert.Equal(1L, (await admin.GetAsync("/v1/upgrades")).Count);
    }

    [Fact]
    public async Task Racing_creates_at_a_channels_row_limit_answer_409_never_500()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        for (var i = 1; i < Orleans.Grains.Content.AppUpgradeGrain.MaxRows - 2; i++)
        {
            Assert.Equal(0, (await admin.PostAsync("/v1/upgrades", new { platform = 1, channel = "race", app_v = $"1.0.{i}", upgrade_way = 1 })).ErrCode);
        }

        var racing = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            admin.PostAsync("/v1/upgrades", new { platform = 1, channel = "race", app_v = $"2.0.{i}", upgrade_way = 1 })));

        Assert.All(racing, r => Assert.Contains(r.HttpStatus, new[] { 200, 409 }));
        Assert.Equal(3, racing.Count(r => r.HttpStatus == 200));
        Assert.Equal(Orleans.Grains.Content.AppUpgradeGrain.MaxRows, (await admin.GetAsync("/v1/upgrades?platform=1&channel=race")).Count);
    }
}
