using System.Text.Json;
using Orleans.Grains.Catalog;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Content;

/// <summary>The admin REST resources /v1/links, /v1/news and /v1/messages: create, read, update, delete, validation
/// naming the field with nothing written, 404 for unknown ids, 401 without a session, 403 for operators' writes.</summary>
public sealed class ContentAdminTests : IAsyncLifetime
{
    private readonly ContentHost _host = new();
    private AdminClient _admin = null!;
    private long _links;
    private long _articles;

    public async Task InitializeAsync()
    {
        _admin = await _host.AdminAsync();
        _links = await _host.CategoryAsync("搜索引擎", CategoryType.Link);
        _articles = await _host.CategoryAsync("体育新闻", CategoryType.Article);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Links_create_read_update_delete()
    {
        var created = await _admin.PostAsync("/v1/links", new { cat_id = _links, link_name = "Google", link_url = "https://www.google.com" });
        Assert.Equal((200, 0, 1L), (created.HttpStatus, created.ErrCode, created.Count));
        var link = created.First;
        var id = link.GetProperty("link_id").GetInt64();
        Assert.Equal(("Google", "", 0, true), (link.GetProperty("link_name").GetString(), link.GetProperty("image_url").GetString(),
            link.GetProperty("sort").GetInt32(), link.GetProperty("display").GetBoolean()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", link.GetProperty("c_time").GetString());

        var updated = await _admin.PutAsync($"/v1/links/{id}", new { cat_id = _links, link_name = "Bing", link_url = "https://www.bing.com", sort = 3, display = false });
        Assert.Equal(0, updated.ErrCode);
        var read = (await _admin.GetAsync($"/v1/links/{id}")).First;
        Assert.Equal(("Bing", "https://www.bing.com", 3, false), (read.GetProperty("link_name").GetString(), read.GetProperty("link_url").GetString(),
            read.GetProperty("sort").GetInt32(), read.GetProperty("display").GetBoolean()));
        Assert.Equal(1, (await _admin.GetAsync($"/v1/links?cat_id={_links}&display=false")).Count);
        Assert.Equal(0, (await _admin.GetAsync("/v1/links?display=true")).Count);
        Assert.Equal(0, (await _host.OkAsync("system.link")).GetProperty("list").GetArrayLength());

        Assert.Equal((200, 0), Status(await _admin.DeleteAsync($"/v1/links/{id}")));
        var empty = await _admin.GetAsync("/v1/links");
        Assert.Equal((0L, 0), (empty.Count, empty.Data!.Value.GetArrayLength()));
        Assert.Equal((404, 4040), Status(await _admin.GetAsync($"/v1/links/{id}")));
        Assert.Equal((404, 4040), Status(await _admin.DeleteAsync($"/v1/links/{id}")));
        Assert.Equal((404, 4040), Status(await _admin.PutAsync($"/v1/links/{id}", new { cat_id = _links, link_name = "x", link_url = "https://x.example" })));
    }

    [Fact]
    public async Task Link_validation_names_the_field_and_writes_nothing()
    {
        await Invalid("/v1/links", new { cat_id = _links, link_name = new string('x', 51), link_url = "https://a.example" }, "link_name");
        await Invalid("/v1/links", new { cat_id = _links, link_name = " ", link_url = "https://a.example" }, "link_name");
        await Invalid("/v1/links", new { cat_id = _links, link_name = "a", link_url = "https://a.example/" + new string('p', 500) }, "link_url");
        await Invalid("/v1/links", new { cat_id = _articles, link_name = "a", link_url = "https://a.example" }, "cat_id");
        await Invalid("/v1/links", new { cat_id = 999, link_name = "a", link_url = "https://a.example" }, "cat_id");
        await Invalid("/v1/links", new { cat_id = _links, link_name = "a" }, "link_url");
        await Invalid("/v1/links", new { cat_id = _links, link_name = "a", link_url = "https://a.example", sort = -1 }, "sort");
        await Invalid("/v1/links", new { cat_id = _links, link_name = "a", link_url = "https://a.example", sort = "first" }, "sort");
        await Invalid("/v1/links", new { cat_id = _links, link_name = "a", link_url = "https://a.example", colour = "red" }, "colour");
        var bad = await _admin.SendRawAsync(HttpMethod.Post, "/v1/links", "{not json");
        Assert.Equal((400, 4000), Status(bad));
        Assert.Equal((400, 4000), Status(await _admin.GetAsync("/v1/links?cat_id=abc")));

        Assert.Equal(0, (await _admin.GetAsync("/v1/links")).Count);
    }

    [Fact]
    public async Task News_create_read_update_delete_with_paging_and_filters()
    {
        var ids = new List<long>();
        foreach (var title in new[] { "中超第 20 轮", "篮球赛程", "中超第 21 轮" })
        {
            var created = await _admin.PostAsync("/v1/news", new { cat_id = _articles, title, intro = "简介", content = "<p>正文</p>", source = "体育新闻" });
            Assert.Equal(0, created.ErrCode);
            ids.Add(created.First.GetProperty("news_id").GetInt64());
        }

        var page = await _admin.GetAsync("/v1/news?__limit=2&__page=2");
        Assert.Equal((3L, 1), (page.Count, page.Data!.Value.GetArrayLength()));
        Assert.Equal(ids[0], page.First.GetProperty("news_id").GetInt64());
        Assert.False(page.First.TryGetProperty("content", out _));
        Assert.Equal(2, (await _admin.GetAsync("/v1/news?keywords=" + Uri.EscapeDataString("中超"))).Count);
        Assert.Equal(0, (await _admin.GetAsync("/v1/news?cat_id=" + _links)).Count);

        var one = (await _admin.GetAsync($"/v1/news/{ids[1]}")).First;
        Assert.Equal(("<p>正文</p>", true), (one.GetProperty("content").GetString(), one.GetProperty("published").GetBoolean()));
        Assert.False(one.TryGetProperty("start_time", out _));

        var updated = await _admin.PutAsync($"/v1/news/{ids[1]}", new
        {
            cat_id = _articles, title = "篮球赛程（更新）", content = "<p>新</p>", published = true, start_time = "2020-01-01 00:00:00", end_time = "2099-01-01 00:00:00",
        });
        Assert.Equal(("篮球赛程（更新）", "2020-01-01 00:00:00", one.GetProperty("c_time").GetString()),
            (updated.First.GetProperty("title").GetString(), updated.First.GetProperty("start_time").GetString(), updated.First.GetProperty("c_time").GetString()));
        var detail = await _host.OkAsync("news.detail", new { news_id = ids[1] });
        Assert.Equal(("篮球赛程（更新）", "<p>新</p>"), (detail.GetProperty("title").GetString(), detail.GetProperty("content").GetString()));

        var hidden = await _admin.PutAsync($"/v1/news/{ids[2]}", new { cat_id = _articles, title = "中超第 21 轮", published = false });
        Assert.Equal(0, hidden.ErrCode);
        Assert.Equal(2, (await _host.OkAsync("news.list", new { cat_id = -1, page = 1 })).GetProperty("total").GetInt32());

        Assert.Equal((200, 0), Status(await _admin.DeleteAsync($"/v1/news/{ids[0]}")));
        Assert.Equal((404, 4040), Status(await _admin.GetAsync($"/v1/news/{ids[0]}")));
        Assert.Equal((404, 4040), Status(await _admin.DeleteAsync($"/v1/news/{ids[0]}")));
        Assert.Equal((404, 4040), Status(await _admin.PutAsync($"/v1/news/{ids[0]}", new { cat_id = _articles, title = "x" })));
        Assert.Equal((404, 4040), Status(await _admin.GetAsync("/v1/news/0")));
        Assert.Equal(2, (await _admin.GetAsync("/v1/news")).Count);
        Assert.Equal(1, (await _host.OkAsync("news.list", new { cat_id = -1, page = 1 })).GetProperty("total").GetInt32());
        Assert.Equal(503, (await _host.Client().CallAsync("news.detail", new { news_id = ids[0] })).Code);
    }

    [Fact]
    public async Task News_validation_names_the_field_and_writes_nothing()
    {
        await Invalid("/v1/news", new { cat_id = _articles, title = new string('t', 101) }, "title");
        await Invalid("/v1/news", new { cat_id = _articles, title = "a", content = new string('c', 20_001) }, "content");
        await Invalid("/v1/news", new { cat_id = _articles, title = "a", intro = "bad\u0001intro" }, "intro");
        await Invalid("/v1/news", new { cat_id = _articles, title = "a", start_time = "2026-13-01 00:00:00" }, "start_time");
        await Invalid("/v1/news", new { cat_id = _articles, title = "a", end_time = "tomorrow" }, "end_time");
        await Invalid("/v1/news", new { cat_id = _articles, title = "a", start_time = "2026-05-01 00:00:00", end_time = "2026-04-01 00:00:00" }, "end_time");
        await Invalid("/v1/news", new { cat_id = _links, title = "a" }, "cat_id");
        await Invalid("/v1/news", new { cat_id = _articles, title = (string?)null }, "title");
        await Invalid("/v1/news", new { cat_id = _articles, title = "a", published = "yes" }, "published");
        Assert.Equal((400, 4000), Status(await _admin.GetAsync("/v1/news?__limit=0")));
        Assert.Equal((400, 4000), Status(await _admin.GetAsync("/v1/news?keywords=" + new string('k', 51))));

        Assert.Equal(0, (await _admin.GetAsync("/v1/news")).Count);
    }

    [Fact]
    public async Task Messages_to_a_user_or_to_everyone_create_read_update_delete()
    {
        var (userId, token) = await _host.UserAsync("13700000001");
        var toUser = await _admin.PostAsync("/v1/messages", new { userid = userId, title = "您的订单已发货", content = "顺丰 123", url = "app://order" });
        var toAll = await _admin.PostAsync("/v1/messages", new { userid = 0, title = "全体通知", msg_type = 2, type_ref_id = 9 });
        Assert.Equal((0, 0), (toUser.ErrCode, toAll.ErrCode));
        var userMsg = toUser.First.GetProperty("msgid").GetInt64();
        var allMsg = toAll.First.GetProperty("msgid").GetInt64();
        Assert.Equal((userId, 1, 0L), (toUser.First.GetProperty("userid").GetInt64(), toUser.First.GetProperty("msg_type").GetInt32(), toUser.First.GetProperty("type_ref_id").GetInt64()));

        Assert.Equal(2, (await _admin.GetAsync("/v1/messages")).Count);
        Assert.Equal(allMsg, (await _admin.GetAsync("/v1/messages?userid=0")).First.GetProperty("msgid").GetInt64());
        Assert.Equal(userMsg, (await _admin.GetAsync($"/v1/messages?userid={userId}")).First.GetProperty("msgid").GetInt64());
        Assert.Equal([allMsg, userMsg], ClientMessages(await _host.OkAsync("message.list", new { token, page = 1 })));

        var updated = await _admin.PutAsync($"/v1/messages/{userMsg}", new { userid = userId, title = "已签收", published = false });
        Assert.Equal(("已签收", false), (updated.First.GetProperty("title").GetString(), updated.First.GetProperty("published").GetBoolean()));
        Assert.Equal([allMsg], ClientMessages(await _host.OkAsync("message.list", new { token, page = 1 })));
        Assert.Equal("已签收", (await _admin.GetAsync($"/v1/messages/{userMsg}")).First.GetProperty("title").GetString());

        Assert.Equal((200, 0), Status(await _admin.DeleteAsync($"/v1/messages/{allMsg}")));
        Assert.Empty(ClientMessages(await _host.OkAsync("message.list", new { token, page = 1 })));
        Assert.Equal((404, 4040), Status(await _admin.GetAsync($"/v1/messages/{allMsg}")));
        Assert.Equal((404, 4040), Status(await _admin.DeleteAsync($"/v1/messages/{allMsg}")));
        Assert.Equal((404, 4040), Status(await _admin.PutAsync($"/v1/messages/{allMsg}", new { userid = 0, title = "x" })));
        Assert.Equal(1, (await _admin.GetAsync("/v1/messages")).Count);
    }

    [Fact]
    public async Task Message_validation_names_the_field_and_writes_nothing()
    {
        await Invalid("/v1/messages", new { userid = 424242, title = "a" }, "userid");
        await Invalid("/v1/messages", new { userid = -1, title = "a" }, "userid");
        await Invalid("/v1/messages", new { userid = 0, title = "a", msg_type = 3 }, "msg_type");
        await Invalid("/v1/messages", new { userid = 0, title = "a", type_ref_id = -1 }, "type_ref_id");
        await Invalid("/v1/messages", new { userid = 0, title = "" }, "title");
        await Invalid("/v1/messages", new { userid = 0, title = "a", content = new string('c', 2001) }, "content");
        await Invalid("/v1/messages", new { userid = 0, title = "a", url = "https://a.example/\nnext" }, "url");
        await Invalid("/v1/messages", new { userid = 0, title = "a", start_time = "2026-02-30 00:00:00" }, "start_time");
        await Invalid("/v1/messages", new { title = "a" }, "userid");
        Assert.Equal((400, 4000), Status(await _admin.GetAsync("/v1/messages?userid=x")));

        Assert.Equal(0, (await _admin.GetAsync("/v1/messages")).Count);
    }

    [Theory]
    [InlineData("/v1/links")]
    [InlineData("/v1/news")]
    [InlineData("/v1/messages")]
    public async Task Without_a_session_401_and_operators_read_but_cannot_write(string resource)
    {
        var anonymous = new AdminClient(_host.Http);
        Assert.Equal((401, 4010), Status(await anonymous.GetAsync(resource)));
        Assert.Equal((401, 4010), Status(await anonymous.PostAsync(resource, new { })));
        anonymous.Token = "not-a-token";
        Assert.Equal((401, 4013), Status(await anonymous.GetAsync(resource)));

        var viewer = await _host.OperatorAsync();
        Assert.Equal((200, 0), Status(await viewer.GetAsync(resource)));
        Assert.Equal((403, 4030), Status(await viewer.PostAsync(resource, new { })));
        Assert.Equal((403, 4030), Status(await viewer.PutAsync(resource + "/1", new { })));
        Assert.Equal((403, 4030), Status(await viewer.DeleteAsync(resource + "/1")));
    }

    [Fact]
    public async Task Swagger_lists_the_content_routes()
    {
        using var document = JsonDocument.Parse(await _host.Http.GetStringAsync("/swagger/v1/swagger.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var resource in new[] { "/v1/links", "/v1/news", "/v1/messages" })
        {
            var list = paths.GetProperty(resource);
            Assert.True(list.TryGetProperty("get", out _) && list.TryGetProperty("post", out _), resource);
            var one = paths.GetProperty(resource + "/{id}");
            Assert.True(one.TryGetProperty("get", out _) && one.TryGetProperty("put", out _) && one.TryGetProperty("delete", out _), resource);
            Assert.Contains(list.GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "__limit");
        }
    }

    private static (int, int) Status(AdminResponse reply) => (reply.HttpStatus, reply.ErrCode);

    private static IReadOnlyList<long> ClientMessages(JsonElement data) => Shape.Longs(data.GetProperty("list"), "msgid");

    private async Task Invalid(string path, object body, string field)
    {
        var reply = await _admin.PostAsync(path, body);
        Assert.True(reply is { HttpStatus: 400, ErrCode: 4000 }, $"{field}: {reply}");
        Assert.StartsWith(field, reply.Message, StringComparison.Ordinal);
    }
}
