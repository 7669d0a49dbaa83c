using Orleans.Grains.Catalog;
using Orleans.Grains.Content;
using static Orleans.Tests.Content.Shape;

namespace Orleans.Tests.Content;

/// <summary>system.ads (2.13), system.home (2.16) and system.link (2.14): the document's shapes, and only live ads and
/// displayed links in visible categories.</summary>
public sealed class AdsAndLinksTests : IAsyncLifetime
{
    private readonly ContentHost _host = new(new() { ["Content:HomeAdPosition"] = "HOME_TEST" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task System_ads_answers_the_live_ads_of_a_position_by_code_or_place_code()
    {
        var position = _host.Grains.GetGrain<IAdPositionGrain>("BANNER");
        await position.SavePosition(new AdPositionInfo("BANNER", "轮播", true, 0));
        var now = _host.Clock.GetUtcNow();
        var live = await position.SaveAd(new AdInfo(0, "世界杯广告", "http://xx.com/files/a.png", "http://www.baidu.com", 0, true, null, null));
        await position.SaveAd(new AdInfo(0, "draft", "http://xx.com/files/d.png", "", 1, false, null, null));
        var later = await position.SaveAd(new AdInfo(0, "later", "http://xx.com/files/l.png", "", 2, true, now.AddHours(1), null));
        await position.SaveAd(new AdInfo(0, "expiring", "http://xx.com/files/e.png", "", 3, true, null, now.AddMinutes(30)));

        var byCode = await _host.OkAsync("system.ads", new { token = "", code = "BANNER" });
        var byPlaceCode = await _host.OkAsync("system.ads", new { token = "", place_code = "BANNER" });

        Is(byCode, ("list", System.Text.Json.JsonValueKind.Array));
        Assert.Equal(byCode.GetRawText(), byPlaceCode.GetRawText());
        Assert.Equal(["世界杯广告", "expiring"], Strings(byCode.GetProperty("list"), "ad_name"));
        var first = byCode.GetProperty("list")[0];
        Is(first, ("ad_id", Num), ("ad_name", Str), ("ad_image_url", Str), ("ad_url", Str));
        Assert.Equal((live.AdId, "http://xx.com/files/a.png", "http://www.baidu.com"),
            (first.GetProperty("ad_id").GetInt64(), first.GetProperty("ad_image_url").GetString(), first.GetProperty("ad_url").GetString()));

        _host.Clock.Advance(TimeSpan.FromHours(1));
        var afterAnHour = await _host.OkAsync("system.ads", new { code = "BANNER" });
        Assert.Equal([live.AdId, later.AdId], Longs(afterAnHour.GetProperty("list"), "ad_id"));
    }

    [Fact]
    public async Task System_ads_of_an_unknown_or_disabled_position_is_an_empty_list()
    {
        await _host.Grains.GetGrain<IAdPositionGrain>("OFF").SavePosition(new AdPositionInfo("OFF", "停用", false, 0));
        await _host.Grains.GetGrain<IAdPositionGrain>("OFF").SaveAd(new AdInfo(0, "a", "http://xx.com/a.png", "", 0, true, null, null));

        Assert.Equal(0, (await _host.OkAsync("system.ads", new { code = "NOPE" })).GetProperty("list").GetArrayLength());
        Assert.Equal(0, (await _host.OkAsync("system.ads", new { code = "OFF" })).GetProperty("list").GetArrayLength());
    }

    [Theory]
    [InlineData(null, "code")]
    [InlineData("", "code")]
    [InlineData("has space", "code")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789", "code")]
    public async Task System_ads_without_a_usable_code_names_the_parameter(string? code, string named)
    {
        var reply = await _host.Client().CallAsync("system.ads", code is null ? new { token = "" } : new { token = "", code });

        Assert.Equal(503, reply.Code);
        Assert.Contains(named, reply.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_place_code_is_named_as_such()
    {
        var reply = await _host.Client().CallAsync("system.ads", new { place_code = "a/b" });

        Assert.Equal(503, reply.Code);
        Assert.Contains("place_code", reply.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task System_home_answers_the_live_ads_of_the_configured_home_position()
    {
        var empty = await _host.OkAsync("system.home", new { token = "" });
        Is(empty, ("ads", System.Text.Json.JsonValueKind.Array));
        Assert.Equal(0, empty.GetProperty("ads").GetArrayLength());

        var home = _host.Grains.GetGrain<IAdPositionGrain>("HOME_TEST");
        await home.SavePosition(new AdPositionInfo("HOME_TEST", "首页", true, 2));
        foreach (var name in new[] { "a", "b", "c" })
        {
            await home.SaveAd(new AdInfo(0, name, $"http://xx.com/{name}.png", "http://example.com", 0, true, null, null));
        }

        await home.SaveAd(new AdInfo(0, "hidden", "http://xx.com/h.png", "", -1, false, null, null));

        var data = await _host.OkAsync("system.home", new { token = "" });
        Assert.Equal(["c", "b"], Strings(data.GetProperty("ads"), "ad_name"));
        Is(data.GetProperty("ads")[0], ("ad_id", Num), ("ad_name", Str), ("ad_image_url", Str), ("ad_url", Str));
    }

    [Fact]
    public async Task System_link_groups_displayed_links_by_visible_link_category()
    {
        var engines = await _host.CategoryAsync("搜索引擎", CategoryType.Link);
        var empty = await _host.CategoryAsync("空分类", CategoryType.Link);
        var hidden = await _host.CategoryAsync("隐藏", CategoryType.Link, display: false);
        var communities = await _host.CategoryAsync("技术社区", CategoryType.Link);
        var directory = _host.Grains.GetGrain<ILinkDirectoryGrain>("default");
        await directory.Save(new LinkInfo(0, engines, "Google", "https://www.google.com", "", 1, true));
        await directory.Save(new LinkInfo(0, engines, "Bing", "https://www.bing.com", "https://img.example.com/bing.png", 0, true));
        await directory.Save(new LinkInfo(0, engines, "Draft", "https://draft.example.com", "", 0, false));
        await directory.Save(new LinkInfo(0, hidden, "Secret", "https://secret.example.com", "", 0, true));
        await directory.Save(new LinkInfo(0, communities, "GitHub", "https://github.com", "", 0, true));
        _ = empty;

        var data = await _host.OkAsync("system.link", new { token = "" });

        Is(data, ("list", System.Text.Json.JsonValueKind.Array));
        var groups = data.GetProperty("list");
        Assert.Equal([engines, communities], Longs(groups, "cat_id"));
        Is(groups[0], ("cat_id", Num), ("cat_name", Str), ("links", System.Text.Json.JsonValueKind.Array));
        Assert.Equal("搜索引擎", groups[0].GetProperty("cat_name").GetString());
        Assert.Equal(["Bing", "Google"], Strings(groups[0].GetProperty("links"), "link_name"));
        var bing = groups[0].GetProperty("links")[0];
        Is(bing, ("link_name", Str), ("link_url", Str), ("image_url", Str));
        Assert.Equal(("https://www.bing.com", "https://img.example.com/bing.png"), (bing.GetProperty("link_url").GetString(), bing.GetProperty("image_url").GetString()));
        Assert.Equal(["GitHub"], Strings(groups[1].GetProperty("links"), "link_name"));
    }

    [Fact]
    public async Task The_link_directory_refuses_bad_links_naming_the_field()
    {
        var directory = _host.Grains.GetGrain<ILinkDirectoryGrain>("default");

        var tooLong = await Assert.ThrowsAsync<ArgumentException>(() => directory.Save(new LinkInfo(0, 1, new string('x', 51), "https://a.example", "", 0, true)));
        var badUrl = await Assert.ThrowsAsync<ArgumentException>(() => directory.Save(new LinkInfo(0, 1, "a", "https://a.example/ x", "", 0, true)));

        Assert.Equal("link_name", tooLong.ParamName);
        Assert.Equal("link_url", badUrl.ParamName);
        Assert.Empty(await directory.List());
        Assert.Null(await directory.Save(new LinkInfo(99, 1, "a", "https://a.example", "", 0, true)));
    }
}
