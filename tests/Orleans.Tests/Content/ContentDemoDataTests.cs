using System.Text.Json;
using Orleans.Grains.Catalog;
using Orleans.Grains.Content;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Content;

/// <summary>The content demo set on first start with empty storage, seen through the client methods, and not
/// repeated by a second start on the same storage.</summary>
public sealed class ContentDemoDataTests
{
    [Fact]
    public async Task First_start_shows_demo_content_and_a_second_start_adds_nothing()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "orleans-content-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["DemoData:Enabled"] = "true" };
        string first;
        await using (var host = new ContentHost(settings, dataDirectory))
        {
            first = await SnapshotAsync(host);
            var (_, token) = await host.UserAsync("13600000001");

            var startAd = (await host.OkAsync("system.ads", new { code = "APP_START_AD" })).GetProperty("list");
            Assert.Equal(["APP 启动页广告"], Shape.Strings(startAd, "ad_name"));
            Assert.True((await host.OkAsync("system.home")).GetProperty("ads").GetArrayLength() >= 1);

            var init = await host.OkAsync("system.init", new { token = "" });
            Assert.Equal("APP 启动页广告", init.GetProperty("start_ad").GetProperty("ad_name").GetString());
            Assert.Equal("欢迎来到积分商城", init.GetProperty("notice_dialog").GetProperty("title").GetString());
            Assert.Equal(1, init.GetProperty("upgrade").GetProperty("upgrade_way").GetInt32());
            var android = new YafClient(host.Http) { Clock = host.Clock, Platform = 2 };
            Assert.Equal(1, (await android.CallAsync("system.upgrade")).Data!.Value.GetProperty("upgrade_way").GetInt32());

            Assert.Equal(2, (await host.OkAsync("notice.list", new { page = 1 })).GetProperty("total").GetInt32());
            Assert.Equal(2, (await host.OkAsync("notice.unread.count", new { token })).GetProperty("count").GetInt32());
            var links = (await host.OkAsync("system.link")).GetProperty("list");
            Assert.Equal(["搜索引擎", "技术社区"], Shape.Strings(links, "cat_name"));
            Assert.Equal(4, links.EnumerateArray().Sum(g => g.GetProperty("links").GetArrayLength()));

            var news = await host.OkAsync("news.list", new { cat_id = -1, page = 1 });
            Assert.True(news.GetProperty("total").GetInt32() >= 3);
            var newsId = news.GetProperty("list")[0].GetProperty("news_id").GetInt64();
            Assert.NotEmpty((await host.OkAsync("news.detail", new { news_id = newsId })).GetProperty("content").GetString()!);
            var sports = (await host.Catalog.ListCategoriesAsync()).Single(c => c.Name == "体育新闻" && c.CatType == CategoryType.Article);
            Assert.Equal(2, (await host.OkAsync("news.list", new { cat_id = sports.CatId, page = 1 })).GetProperty("total").GetInt32());

            Assert.Equal(["欢迎来到积分商城"], Shape.Strings((await host.OkAsync("message.list", new { token, page = 1 })).GetProperty("list"), "title"));
            Assert.True((await host.OkAsync("goods.list", new { cat_id = -1, page = 1 })).GetProperty("total").GetInt32() >= 14, "the catalogue's demo set still runs");
        }

        await using var again = new ContentHost(settings, dataDirectory);
        Assert.Equal(first, await SnapshotAsync(again));
        Assert.Equal(DemoDataStatus.Done, await again.Grains.GetGrain<IDemoDataGrain>("content").Get());
    }

    [Fact]
    public async Task Storage_that_already_has_content_gets_no_demo_content()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "orleans-content-tests", Guid.NewGuid().ToString("N"));
        await using (var plain = new ContentHost(new() { ["Storage:Provider"] = "Sqlite" }, dataDirectory))
        {
            await plain.Grains.GetGrain<INoticeBoardGrain>("app").Save(new NoticeInfo(0, "自己的公告", "", "", false, true, null, null));
        }

        await using var host = new ContentHost(new() { ["Storage:Provider"] = "Sqlite", ["DemoData:Enabled"] = "true" }, dataDirectory);
        Assert.Equal(["自己的公告"], Shape.Strings((await host.OkAsync("notice.list", new { page = 1 })).GetProperty("list"), "title"));
        Assert.Equal(0, (await host.OkAsync("news.list", new { cat_id = -1, page = 1 })).GetProperty("total").GetInt32());
        Assert.Equal(0, (await host.OkAsync("system.ads", new { code = "APP_START_AD" })).GetProperty("list").GetArrayLength());
    }

    /// <summary>Everything the demo set creates, as clients and admins list it.</summary>
    private static async Task<string> SnapshotAsync(ContentHost host)
    {
        var parts = new List<string>();
        foreach (var (method, parameters) in new (string, object)[]
                 {
                     ("system.ads", new { code = "APP_START_AD" }), ("system.home", new { }), ("notice.list", new { page = 1 }),
                     ("system.link", new { }), ("news.list", new { cat_id = -1, page = 1 }),
                 })
        {
            parts.Add((await host.OkAsync(method, parameters)).GetRawText());
        }

        var admin = await host.AdminAsync();
        parts.Add((await admin.GetAsync("/v1/messages")).Body);
        parts.Add(JsonSerializer.Serialize(await host.Grains.GetGrain<IAppUpgradeGrain>("1:").List()));
        parts.Add(JsonSerializer.Serialize(await host.Grains.GetGrain<IAppUpgradeGrain>("2:").List()));
        return string.Join("\n", parts);
    }
}
