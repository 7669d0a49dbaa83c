using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Grains.Content;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.SystemMethods;

/// <summary>The content grains behind system.init and system.upgrade: admin methods, visibility rules, persistence.</summary>
public sealed class ContentGrainTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(o =>
    {
        o.Provider = StorageProviderKind.Sqlite;
        o.ConfigureServices = services => services.AddSingleton<TimeProvider>(_clock);
    });

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private IGrainFactory Grains => _cluster.GrainFactory;

    [Fact]
    public async Task Ads_need_their_position_get_global_ids_and_survive_a_restart()
    {
        var home = Grains.GetGrain<IAdPositionGrain>("HOME_BANNER");
        await Assert.ThrowsAsync<InvalidOperationException>(() => home.SaveAd(Ad("a")));
        await home.SavePosition(new AdPositionInfo("HOME_BANNER", "首页轮播", true, 0));
        await Grains.GetGrain<IAdPositionGrain>("APP_START_AD").SavePosition(new AdPositionInfo("APP_START_AD", "启动页", true, 1));

        var first = await home.SaveAd(Ad("a"));
        var second = await Grains.GetGrain<IAdPositionGrain>("APP_START_AD").SaveAd(Ad("b"));
        _cluster = await _cluster.RestartAsync();

        Assert.NotEqual(0, first.AdId);
        Assert.NotEqual(first.AdId, second.AdId);
        Assert.Equal([first], await Grains.GetGrain<IAdPositionGrain>("HOME_BANNER").ListAds());
        Assert.Equal("首页轮播", (await Grains.GetGrain<IAdPositionGrain>("HOME_BANNER").GetPosition())!.Name);
    }

    [Fact]
    public async Task Ad_changes_and_deletes_are_checked()
    {
        var position = Grains.GetGrain<IAdPositionGrain>("P1");
        await position.SavePosition(new AdPositionInfo("P1", "p", true, 0));
        var ad = await position.SaveAd(Ad("a"));

        await Assert.ThrowsAsync<KeyNotFoundException>(() => position.SaveAd(Ad("x") with { AdId = ad.AdId + 100 }));
        await Assert.ThrowsAsync<ArgumentException>(() => position.SaveAd(Ad("")));
        await Assert.ThrowsAsync<ArgumentException>(() => position.SaveAd(Ad("a") with { StartTime = _clock.GetUtcNow(), EndTime = _clock.GetUtcNow() }));
        await Assert.ThrowsAsync<ArgumentException>(() => position.SavePosition(new AdPositionInfo("P2", "p", true, 0)));
        var renamed = await position.SaveAd(ad with { Name = "renamed" });

        Assert.Equal("renamed", Assert.Single(await position.ListAds()).Name);
        Assert.Equal(renamed, Assert.Single(await position.GetLiveAds()));
        Assert.True(await position.DeleteAd(ad.AdId));
        Assert.False(await position.DeleteAd(ad.AdId));
        Assert.Empty(await position.ListAds());
        Assert.True(await position.DeletePosition());
        Assert.Null(await position.GetPosition());
    }

    [Fact]
    public async Task Live_ads_are_published_inside_their_window_in_sort_order_up_to_the_display_count()
    {
        var now = _clock.GetUtcNow();
        var position = Grains.GetGrain<IAdPositionGrain>("P3");
        await position.SavePosition(new AdPositionInfo("P3", "p", true, 2));
        var late = await position.SaveAd(Ad("late") with { Sort = 1, StartTime = now.AddHours(1) });
        var hidden = await position.SaveAd(Ad("hidden") with { Published = false });
        var ended = await position.SaveAd(Ad("ended") with { EndTime = now });
        var second = await position.SaveAd(Ad("second") with { Sort = 5 });
        var first = await position.SaveAd(Ad("first") with { Sort = 0, StartTime = now, EndTime = now.AddDays(1) });
        var third = await position.SaveAd(Ad("third") with { Sort = 9 });

        Assert.Equal([first.AdId, second.AdId], (await position.GetLiveAds()).Select(a => a.AdId));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([first.AdId, late.AdId], (await position.GetLiveAds()).Select(a => a.AdId));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal([late.AdId, second.AdId], (await position.GetLiveAds()).Select(a => a.AdId));
        await position.SavePosition(new AdPositionInfo("P3", "p", false, 2));
        Assert.Empty(await position.GetLiveAds());
        Assert.Equal(6, (await position.ListAds()).Count);
        Assert.DoesNotContain(hidden.AdId, (await position.ListAds()).Where(a => a.Published).Select(a => a.AdId));
        Assert.Contains(ended.AdId, (await position.ListAds()).Select(a => a.AdId));
        Assert.Contains(third.AdId, (await position.ListAds()).Select(a => a.AdId));
    }

    [Fact]
    public async Task Notices_get_ids_times_and_an_edition_that_changes_with_the_text()
    {
        var board = Grains.GetGrain<INoticeBoardGrain>("app");
        var saved = await board.Save(Notice("t1", dialog: true));
        _clock.Advance(TimeSpan.FromSeconds(5));
        var flagOnly = await board.Save(saved with { Published = true, IsDialog = true });
        _clock.Advance(TimeSpan.FromSeconds(5));
        var edited = await board.Save(saved with { Title = "t2" });

        Assert.NotEqual(0, saved.NoticeId);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(-10), saved.CreatedAt);
        Assert.Equal(saved.Edition, flagOnly.Edition);
        Assert.NotEqual(saved.Edition, edited.Edition);
        Assert.Equal(saved.CreatedAt, edited.CreatedAt);
        Assert.Matches("^[0-9]{20}$", edited.Edition);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => board.Save(saved with { NoticeId = 999_999 }));
        await Assert.ThrowsAsync<ArgumentException>(() => board.Save(Notice(" ", dialog: false)));
    }

    [Fact]
    public async Task The_dialog_is_the_newest_live_dialog_notice()
    {
        var board = Grains.GetGrain<INoticeBoardGrain>("app");
        var now = _clock.GetUtcNow();
        var older = await board.Save(Notice("older", dialog: true));
        await board.Save(Notice("plain", dialog: false));
        await board.Save(Notice("draft", dialog: true) with { Published = false });
        var scheduled = await board.Save(Notice("scheduled", dialog: true) with { StartTime = now.AddMinutes(10) });

        Assert.Equal(older.NoticeId, (await board.GetDialog())!.NoticeId);
        Assert.Equal(["plain", "older"], (await board.GetPublished()).Select(n => n.Title));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(scheduled.NoticeId, (await board.GetDialog())!.NoticeId);
        Assert.Equal(4, (await board.List()).Count);
        Assert.True(await board.Delete(scheduled.NoticeId));
        Assert.Equal(older.NoticeId, (await board.GetDialog())!.NoticeId);
        _cluster = await _cluster.RestartAsync();
        Assert.Equal(3, (await Grains.GetGrain<INoticeBoardGrain>("app").List()).Count);
    }

    [Fact]
    public async Task Upgrade_rows_are_validated_and_persisted()
    {
        var ios = Grains.GetGrain<IAppUpgradeGrain>("1:");
        await Assert.ThrowsAsync<ArgumentException>(() => ios.Save(Row("1.0.x", 1)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => ios.Save(Row("1.0.1", 0)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => ios.Save(Row("1.0.1", 4)));
        var row = await ios.Save(Row("1.0.1", 2));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => ios.Save(row with { UpgradeId = row.UpgradeId + 1 }));
        await ios.Save(row with { Title = "changed" });
        _cluster = await _cluster.RestartAsync();

        Assert.Equal("changed", Assert.Single(await Grains.GetGrain<IAppUpgradeGrain>("1:").List()).Title);
        Assert.True(await Grains.GetGrain<IAppUpgradeGrain>("1:").Delete(row.UpgradeId));
        Assert.Null(await Grains.GetGrain<IAppUpgradeGrain>("1:").Advise("1.0.0"));
    }

    [Theory]
    [InlineData("1.0.10", "1.0.9", 1)]
    [InlineData("1.0.9", "1.0.10", -1)]
    [InlineData("1.0", "1.0.0", 0)]
    [InlineData("2", "1.99.99", 1)]
    [InlineData("", "0.0.1", -1)]
    [InlineData("abc", "0", 0)]
    [InlineData(null, null, 0)]
    public void Versions_compare_by_number(string? left, string? right, int sign)
    {
        Assert.Equal(sign, Math.Sign(AppVersion.Compare(left, right)));
    }

    [Theory]
    [InlineData(1, "", "1:")]
    [InlineData(2, "huawei", "2:huawei")]
    [InlineData(2, "Mi_Store-2.cn", "2:Mi_Store-2.cn")]
    [InlineData(2, "bad channel", "2:")]
    [InlineData(2, "渠道", "2:")]
    [InlineData(2, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "2:")]
    [InlineData(3, "huawei", null)]
    [InlineData(4, "", null)]
    [InlineData(0, "", null)]
    public void Upgrade_keys_bound_the_channel(int platform, string channel, string? key)
    {
        Assert.Equal(key, AppUpgradeKey.For(platform, channel));
    }

    private static AdInfo Ad(string name) => new(0, name, $"https://img.example.com/{name}.png", $"https://example.com/{name}", 0, true, null, null);

    private static NoticeInfo Notice(string title, bool dialog) => new(0, title, title + " summary", title + " body", dialog, true, null, null);

    private static AppUpgradeRow Row(string version, int way) => new(0, version, "t", "d", "https://dl.example.com/app.apk", way, true, true, null, null);
}
