using System.Text.Json;
using ApiHost.Admin.Messages;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Content;
using static Orleans.Tests.Content.Shape;

namespace Orleans.Tests.Content;

/// <summary>message.list (2.20) and message.read.status (2.21): a user sees messages to them and to everyone, and
/// reads and marks only their own.</summary>
public sealed class MessageTests : IAsyncLifetime
{
    private readonly ContentHost _host = new();
    private long _alice;
    private string _aliceToken = "";
    private long _bob;
    private string _bobToken = "";

    public async Task InitializeAsync()
    {
        (_alice, _aliceToken) = await _host.UserAsync("13900000001");
        (_bob, _bobToken) = await _host.UserAsync("13900000002");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private MessageAdminService Messages => _host.Factory.Services.GetRequiredService<MessageAdminService>();

    private async Task<long> SendAsync(long userId, string title, bool published = true, string? start = null, string? end = null, int msgType = 1, long refId = 0) =>
        (await Messages.CreateAsync(new MessageRequest(userId, title, title + " 内容", "https://example.com/" + msgType, msgType, refId, published, start, end))).Msgid;

    private Task<JsonElement> ListAsync(string token, int page = 1) => _host.OkAsync("message.list", new { token, page });

    [Fact]
    public async Task A_user_lists_messages_to_them_and_to_everyone_in_the_documents_shape()
    {
        var everyone = await SendAsync(MessageInfo.Everyone, "全体通知");
        var toAlice = await SendAsync(_alice, "恭喜您被选中为2019年锦鲤", msgType: 2, refId: 7);
        await SendAsync(_bob, "给 Bob 的");

        var data = await ListAsync(_aliceToken);

        IsPage(data, 2, 1, isnext: false, items: 2);
        var list = data.GetProperty("list");
        Assert.Equal([toAlice, everyone], Longs(list, "msgid"));
        var item = list[0];
        Is(item, ("msgid", Num), ("msg_type", Num), ("type_ref_id", Num), ("is_read", Num), ("title", Str), ("content", Str), ("url", Str), ("c_time", Str));
        Assert.Equal((2, 7L, 0, "恭喜您被选中为2019年锦鲤 内容", "https://example.com/2"),
            (item.GetProperty("msg_type").GetInt32(), item.GetProperty("type_ref_id").GetInt64(), item.GetProperty("is_read").GetInt32(),
             item.GetProperty("content").GetString(), item.GetProperty("url").GetString()));
        Assert.Equal(["给 Bob 的", "全体通知"], Strings((await ListAsync(_bobToken)).GetProperty("list"), "title"));
    }

    [Fact]
    public async Task Unpublished_scheduled_and_expired_messages_are_hidden_until_their_window()
    {
        var now = _host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        string At(TimeSpan offset) => (now + offset).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var live = await SendAsync(_alice, "live");
        await SendAsync(_alice, "draft", published: false);
        var soon = await SendAsync(_alice, "soon", start: At(TimeSpan.FromHours(1)));
        var ending = await SendAsync(_alice, "ending", end: At(TimeSpan.FromHours(2)));

        Assert.Equal([ending, live], Longs((await ListAsync(_aliceToken)).GetProperty("list"), "msgid"));
        Assert.Equal(503, (await _host.Client().CallAsync("message.read.status", new { token = _aliceToken, msgid = soon })).Code);

        _host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([ending, soon, live], Longs((await ListAsync(_aliceToken)).GetProperty("list"), "msgid"));
        _host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([soon, live], Longs((await ListAsync(_aliceToken)).GetProperty("list"), "msgid"));
    }

    [Fact]
    public async Task Reading_marks_only_the_readers_own_messages()
    {
        var everyone = await SendAsync(MessageInfo.Everyone, "全体");
        var toAlice = await SendAsync(_alice, "Alice 的");
        var toBob = await SendAsync(_bob, "Bob 的");

        var marked = await _host.Client().CallAsync("message.read.status", new { token = _aliceToken, msgid = toAlice });
        Assert.Equal((200, "设置成功"), (marked.Code, marked.Msg));
        Assert.Equal(200, (await _host.Client().CallAsync("message.read.status", new { token = _aliceToken, msgid = everyone })).Code);
        Assert.Equal(200, (await _host.Client().CallAsync("message.read.status", new { token = _aliceToken, msgid = everyone })).Code);

        // Bob's message is not Alice's to mark: it reads as missing, and Bob still has it unread.
        var foreign = await _host.Client().CallAsync("message.read.status", new { token = _aliceToken, msgid = toBob });
        Assert.Equal(503, foreign.Code);
        Assert.Equal(503, (await _host.Client().CallAsync("message.read.status", new { token = _aliceToken, msgid = 987654 })).Code);

        var alice = (await ListAsync(_aliceToken)).GetProperty("list");
        Assert.Equal([1, 1], alice.EnumerateArray().Select(m => m.GetProperty("is_read").GetInt32()));
        var bob = (await ListAsync(_bobToken)).GetProperty("list");
        Assert.Equal([(toBob, 0), (everyone, 0)], bob.EnumerateArray().Select(m => (m.GetProperty("msgid").GetInt64(), m.GetProperty("is_read").GetInt32())));
    }

    [Fact]
    public async Task Message_methods_need_a_session()
    {
        var id = await SendAsync(MessageInfo.Everyone, "全体");

        Assert.Equal(602, (await _host.Client().CallAsync("message.list", new { token = "", page = 1 })).Code);
        Assert.Equal(602, (await _host.Client().CallAsync("message.read.status", new { msgid = id })).Code);
        var missing = await _host.Client().CallAsync("message.read.status", new { token = _aliceToken });
        Assert.Equal(503, missing.Code);
        Assert.Contains("msgid", missing.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_list_pages_by_20()
    {
        for (var i = 1; i <= 20; i++)
        {
            await SendAsync(i % 2 == 0 ? _alice : MessageInfo.Everyone, $"消息 {i}");
        }

        IsPage(await ListAsync(_aliceToken), 20, 1, isnext: false, items: 20);
        IsPage(await ListAsync(_aliceToken, 2), 20, 2, isnext: false, items: 0);

        await SendAsync(_alice, "消息 21");
        var first = await ListAsync(_aliceToken);
        IsPage(first, 21, 1, isnext: true, items: 20);
        Assert.Equal("消息 21", first.GetProperty("list")[0].GetProperty("title").GetString());
        var second = await ListAsync(_aliceToken, 2);
        IsPage(second, 21, 2, isnext: false, items: 1);
        Assert.Equal("消息 1", second.GetProperty("list")[0].GetProperty("title").GetString());
        IsPage(await ListAsync(_bobToken), 10, 1, isnext: false, items: 10);
    }
}
