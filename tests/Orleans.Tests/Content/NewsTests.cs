using System.Globalization;
using System.Text.Json;
using ApiHost.Admin.News;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Catalog;
using Orleans.Grains.Content;
using static Orleans.Tests.Content.Shape;

namespace Orleans.Tests.Content;

/// <summary>news.list (2.22) and news.detail (2.23): live articles only, by category (with subcategories), 20 a page.</summary>
public sealed class NewsTests : IAsyncLifetime
{
    private readonly ContentHost _host = new();
    private long _finance;
    private long _funds;
    private long _sports;

    public async Task InitializeAsync()
    {
        _finance = await _host.CategoryAsync("理财资讯", CategoryType.Article);
        _funds = await _host.CategoryAsync("基金", CategoryType.Article, _finance);
        _sports = await _host.CategoryAsync("体育新闻", CategoryType.Article);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private NewsAdminService News => _host.Factory.Services.GetRequiredService<NewsAdminService>();

    private async Task<long> ArticleAsync(long catId, string title, bool published = true, string? start = null, string? end = null) =>
        (await News.CreateAsync(new NewsRequest(catId, title, title + " 简介", "http://xx.com/" + title.Replace(' ', '_') + ".png", "腾讯新闻", "<p>" + title + "</p>", published, start, end))).NewsId;

    private Task<JsonElement> ListAsync(long catId, int page = 1) => _host.OkAsync("news.list", new { cat_id = catId, page });

    private string At(TimeSpan offset) =>
        (_host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)) + offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    [Fact]
    public async Task News_list_answers_live_articles_newest_first_in_the_documents_shape()
    {
        var older = await ArticleAsync(_funds, "基金定投");
        var newer = await ArticleAsync(_sports, "中超综述");

        var data = await ListAsync(-1);

        IsPage(data, 2, 1, isnext: false, items: 2);
        Assert.Equal([newer, older], Longs(data.GetProperty("list"), "news_id"));
        var item = data.GetProperty("list")[0];
        Is(item, ("news_id", Num), ("title", Str), ("intro", Str), ("image_url", Str), ("source", Str), ("c_time", Str));
        Assert.Equal(("中超综述", "中超综述 简介", "http://xx.com/中超综述.png", "腾讯新闻"),
            (item.GetProperty("title").GetString(), item.GetProperty("intro").GetString(), item.GetProperty("image_url").GetString(), item.GetProperty("source").GetString()));
        Assert.Equal(AdminTimeNow(), item.GetProperty("c_time").GetString());
    }

    [Fact]
    public async Task Cat_id_filters_by_category_with_its_subcategories()
    {
        var fund = await ArticleAsync(_funds, "基金");
        var finance = await ArticleAsync(_finance, "理财");
        await ArticleAsync(_sports, "体育");

        Assert.Equal([finance, fund], Longs((await ListAsync(_finance)).GetProperty("list"), "news_id"));
        Assert.Equal([fund], Longs((await ListAsync(_funds)).GetProperty("list"), "news_id"));
        Assert.Equal(3, (await ListAsync(-1)).GetProperty("total").GetInt32());
        Assert.Equal(3, (await ListAsync(0)).GetProperty("total").GetInt32());
        IsPage(await ListAsync(424242), 0, 1, isnext: false, items: 0);

        var hidden = await _host.CategoryAsync("隐藏", CategoryType.Article, display: false);
        await ArticleAsync(hidden, "隐藏分类的文章");
        IsPage(await ListAsync(hidden), 0, 1, isnext: false, items: 0);

        var bad = await _host.Client().CallAsync("news.list", new { cat_id = -2, page = 1 });
        Assert.Equal(503, bad.Code);
        Assert.Contains("cat_id", bad.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_edges_last_page_has_no_next_and_past_the_end_is_empty()
    {
        for (var i = 1; i <= 41; i++)
        {
            await ArticleAsync(_sports, $"文章 {i}");
        }

        IsPage(await ListAsync(-1, 1), 41, 1, isnext: true, items: 20);
        IsPage(await ListAsync(-1, 2), 41, 2, isnext: true, items: 20);
        var last = await ListAsync(-1, 3);
        IsPage(last, 41, 3, isnext: false, items: 1);
        Assert.Equal("文章 1", last.GetProperty("list")[0].GetProperty("title").GetString());
        IsPage(await ListAsync(-1, 4), 41, 4, isnext: false, items: 0);
        IsPage(await ListAsync(-1, int.MaxValue), 41, int.MaxValue, isnext: false, items: 0);
    }

    [Fact]
    public async Task Unpublished_scheduled_and_expired_articles_are_hidden_from_list_and_detail()
    {
        var live = await ArticleAsync(_sports, "live");
        var draft = await ArticleAsync(_sports, "draft", published: false);
        var soon = await ArticleAsync(_sports, "soon", start: At(TimeSpan.FromHours(1)));
        var ending = await ArticleAsync(_sports, "ending", end: At(TimeSpan.FromHours(2)));

        Assert.Equal([ending, live], Longs((await ListAsync(-1)).GetProperty("list"), "news_id"));
        foreach (var hidden in new[] { draft, soon, 5555L, 0L })
        {
            Assert.Equal(503, (await _host.Client().CallAsync("news.detail", new { news_id = hidden })).Code);
        }

        _host.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal([soon, live], Longs((await ListAsync(-1)).GetProperty("list"), "news_id"));
        Assert.Equal(503, (await _host.Client().CallAsync("news.detail", new { news_id = ending })).Code);
        Assert.Equal(200, (await _host.Client().CallAsync("news.detail", new { news_id = soon })).Code);
    }

    [Fact]
    public async Task News_detail_answers_the_documents_shape_with_content()
    {
        var id = await ArticleAsync(_funds, "为什么对老鼠的研究并不总能在人类身上重现");

        var data = await _host.OkAsync("news.detail", new { news_id = id });

        Is(data, ("news_id", Num), ("title", Str), ("intro", Str), ("image_url", Str), ("source", Str), ("c_time", Str), ("content", Str));
        Assert.Equal((id, "<p>为什么对老鼠的研究并不总能在人类身上重现</p>", "腾讯新闻"),
            (data.GetProperty("news_id").GetInt64(), data.GetProperty("content").GetString(), data.GetProperty("source").GetString()));
        var missing = await _host.Client().CallAsync("news.detail", new { });
        Assert.Equal(503, missing.Code);
        Assert.Contains("news_id", missing.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_news_grain_refuses_bad_articles_naming_the_field_and_keeps_nothing()
    {
        var grain = _host.Grains.GetGrain<INewsGrain>(777);
        var start = _host.Clock.GetUtcNow();

        var title = await Assert.ThrowsAsync<ArgumentException>(() => grain.Create(Article(777, new string('t', 101), null, null)));
        var window = await Assert.ThrowsAsync<ArgumentException>(() => grain.Create(Article(777, "ok", start, start.AddSeconds(-1))));

        Assert.Equal(("title", "end_time"), (title.ParamName, window.ParamName));
        Assert.Null(await grain.Get());
        Assert.Equal(0, (await ListAsync(-1)).GetProperty("total").GetInt32());
    }

    private NewsInfo Article(long id, string title, DateTimeOffset? start, DateTimeOffset? end) =>
        new(id, _sports, title, "", "", "", "", true, start, end);

    private string AdminTimeNow() => At(TimeSpan.Zero);
}
