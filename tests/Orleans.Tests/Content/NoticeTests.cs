using Orleans.Grains.Content;
using static Orleans.Tests.Content.Shape;

namespace Orleans.Tests.Content;

/// <summary>notice.list (2.17), notice.detail (2.18), notice.unread.count (2.19).</summary>
public sealed class NoticeTests : IAsyncLifetime
{
    private readonly ContentHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private INoticeBoardGrain Board => _host.Grains.GetGrain<INoticeBoardGrain>("app");

    private Task<NoticeInfo> NoticeAsync(string title, bool published = true, DateTimeOffset? start = null, DateTimeOffset? end = null) =>
        Board.Save(new NoticeInfo(0, title, title + " 摘要", title + " 正文", false, published, start, end));

    [Fact]
    public async Task Notice_list_pages_live_notices_newest_first_in_the_documents_shape()
    {
        for (var i = 1; i <= 21; i++)
        {
            await NoticeAsync($"公告 {i}");
        }

        await NoticeAsync("草稿", published: false);
        await NoticeAsync("已过期", end: _host.Clock.GetUtcNow().AddMinutes(-1));
        await NoticeAsync("未开始", start: _host.Clock.GetUtcNow().AddDays(1));

        var first = await _host.OkAsync("notice.list", new { token = "", page = 1 });
        var second = await _host.OkAsync("notice.list", new { token = "", page = 2 });
        var past = await _host.OkAsync("notice.list", new { token = "", page = 3 });

        IsPage(first, 21, 1, isnext: true, items: 20);
        IsPage(second, 21, 2, isnext: false, items: 1);
        IsPage(past, 21, 3, isnext: false, items: 0);
        Assert.Equal("公告 21", first.GetProperty("list")[0].GetProperty("title").GetString());
        Assert.Equal("公告 1", second.GetProperty("list")[0].GetProperty("title").GetString());
        var item = first.GetProperty("list")[0];
        Is(item, ("noticeid", Num), ("title", Str), ("summary", Str), ("c_time", Str));
        Assert.Equal("公告 21 摘要", item.GetProperty("summary").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", item.GetProperty("c_time").GetString());
    }

    [Fact]
    public async Task Notice_list_without_a_page_is_page_1_and_a_page_below_1_reads_as_1()
    {
        await NoticeAsync("唯一");

        IsPage(await _host.OkAsync("notice.list", new { token = "" }), 1, 1, isnext: false, items: 1);
        IsPage(await _host.OkAsync("notice.list", new { token = "", page = -5 }), 1, 1, isnext: false, items: 1);
        IsPage(await _host.OkAsync("notice.list", new { token = "", page = int.MaxValue }), 1, int.MaxValue, isnext: false, items: 0);
    }

    [Fact]
    public async Task Notice_detail_answers_a_live_notice_and_refuses_hidden_or_unknown_ones()
    {
        var live = await NoticeAsync("五一放假安排");
        var draft = await NoticeAsync("草稿", published: false);
        var expiring = await NoticeAsync("限时", end: _host.Clock.GetUtcNow().AddMinutes(10));

        var data = await _host.OkAsync("notice.detail", new { token = "", noticeid = live.NoticeId });

        Is(data, ("noticeid", Num), ("title", Str), ("summary", Str), ("body", Str), ("c_time", Str));
        Assert.Equal((live.NoticeId, "五一放假安排", "五一放假安排 正文"), (data.GetProperty("noticeid").GetInt64(), data.GetProperty("title").GetString(), data.GetProperty("body").GetString()));
        Assert.Equal(200, (await _host.Client().CallAsync("notice.detail", new { noticeid = expiring.NoticeId })).Code);

        _host.Clock.Advance(TimeSpan.FromMinutes(10));
        foreach (var id in new[] { draft.NoticeId, expiring.NoticeId, 999L })
        {
            var reply = await _host.Client().CallAsync("notice.detail", new { noticeid = id });
            Assert.Equal(503, reply.Code);
            Assert.Null(reply.Data);
        }

        var wrongType = await _host.Client().CallAsync("notice.detail", new { noticeid = "abc" });
        Assert.Equal(503, wrongType.Code);
        Assert.Contains("noticeid", wrongType.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unread_count_is_per_user_and_falls_after_reading()
    {
        var (_, alice) = await _host.UserAsync("13800000001");
        var (_, bob) = await _host.UserAsync("13800000002");
        var first = await NoticeAsync("一");
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        await NoticeAsync("二");
        await NoticeAsync("草稿", published: false);

        var count = await _host.OkAsync("notice.unread.count", new { token = alice });
        Is(count, ("count", Num));
        Assert.Equal(2, count.GetProperty("count").GetInt32());

        // Opening the older notice reads it (and nothing newer); the list reads everything shown now.
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        await _host.OkAsync("notice.detail", new { token = alice, noticeid = first.NoticeId });
        Assert.Equal(1, await Unread(alice));
        await _host.OkAsync("notice.list", new { token = alice, page = 1 });
        Assert.Equal(0, await Unread(alice));
        Assert.Equal(2, await Unread(bob));

        // A new notice, and one scheduled ahead that counts once it appears.
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        await NoticeAsync("三");
        await NoticeAsync("明天", start: _host.Clock.GetUtcNow().AddDays(1));
        Assert.Equal(1, await Unread(alice));
        Assert.Equal(3, await Unread(bob));
        _host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await Unread(alice));
    }

    [Fact]
    public async Task Unread_count_needs_a_session_and_the_public_methods_ignore_a_bad_token()
    {
        await NoticeAsync("一");

        Assert.Equal(602, (await _host.Client().CallAsync("notice.unread.count", new { token = "" })).Code);
        Assert.Equal(601, (await _host.Client().CallAsync("notice.unread.count", new { token = "0123456789abcdef0123456789abcdef" })).Code);
        Assert.Equal(200, (await _host.Client().CallAsync("notice.list", new { token = "0123456789abcdef0123456789abcdef", page = 1 })).Code);
    }

    private async Task<int> Unread(string token) =>
        (await _host.OkAsync("notice.unread.count", new { token })).GetProperty("count").GetInt32();
}
