using Orleans.Grains.Sms;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Dialects;

/// <summary>Seed 000 under /app/: {status, msg, data}, Authorization, pageNum/pageSize, 401/400, 405, 503.</summary>
public sealed class AppJsonTests
{
    public static async Task<string> RegisterAsync(DialectHost host, string mobile, string password = TestSessions.DefaultPassword)
    {
        var sent = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/sms/send", new { mobile, key = SmsTemplates.Register });
        Assert.True(sent.Int("status") == 200, sent.ToString());
        var registered = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/user/register", new { mobile, password, code = await host.RegisterCodeAsync(mobile) });
        Assert.True(registered.Int("status") == 200, registered.ToString());
        return registered.Data.GetProperty("token").GetString()!;
    }

    private static Dictionary<string, string> Auth(string token) => new() { ["Authorization"] = token };

    [Fact]
    public async Task Login_then_detail_with_the_Authorization_header()
    {
        await using var host = new DialectHost();
        await RegisterAsync(host, "13800000001");

        var login = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/user/login", new { mobile = "13800000001", login_type = 2, password = TestSessions.DefaultPassword });
        Assert.Equal(200, login.Http);
        Assert.Equal(200, login.Int("status"));
        Assert.Equal("登录成功", login.Str("msg"));
        var token = login.Data.GetProperty("token").GetString()!;

        var detail = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/user/detail", headers: Auth(token));
        Assert.Equal(200, detail.Int("status"));
        Assert.Equal("13800000001", detail.Data.GetProperty("mobile").GetString());

        var bearer = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/gold/balance", headers: Auth("Bearer " + token));
        Assert.Equal(200, bearer.Int("status"));
        Assert.Equal(0, bearer.Data.GetProperty("gold").GetInt32());
    }

    [Fact]
    public async Task Missing_or_bad_token_is_401_and_bad_parameters_are_400_with_msg()
    {
        await using var host = new DialectHost();

        var none = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/user/detail");
        Assert.Equal(200, none.Http);
        Assert.Equal(401, none.Int("status"));
        Assert.False(none.Body.TryGetProperty("data", out _));

        var bad = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/user/detail", headers: Auth("0123456789abcdef0123456789abcdef1"));
        Assert.Equal(401, bad.Int("status"));

        var badLoginType = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/user/login", new { mobile = "13800000002", login_type = 9, password = "x" });
        Assert.Equal(400, badLoginType.Int("status"));
        Assert.Contains("login_type", badLoginType.Str("msg"));

        var badMobile = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/user/login", new { mobile = "123", login_type = 2, password = "x" });
        Assert.Equal(400, badMobile.Int("status"));
        Assert.Contains("mobile", badMobile.Str("msg"));
    }

    [Fact]
    public async Task Wrong_verbs_answer_405_with_Allow_unknown_methods_404_and_malformed_bodies_400()
    {
        await using var host = new DialectHost();

        var getOfWrite = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/user/login?mobile=13800000003");
        Assert.Equal(405, getOfWrite.Http);
        Assert.Equal(405, getOfWrite.Int("status"));
        Assert.Contains("POST", getOfWrite.Allow);

        var deleteOfRead = await RestReply.SendAsync(host.Http, HttpMethod.Delete, "/app/goods/list");
        Assert.Equal(405, deleteOfRead.Http);

        var unknown = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/no/such/method");
        Assert.Equal(404, unknown.Http);
        Assert.Equal(404, unknown.Int("status"));

        var malformed = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/user/login", "{\"mobile\": ");
        Assert.Equal(400, malformed.Http);
        Assert.Equal(400, malformed.Int("status"));

        var array = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/user/login", "[1, 2]");
        Assert.Equal(400, array.Http);

        var huge = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/user/login", new { mobile = new string('1', 70_000) });
        Assert.Equal(413, huge.Http);
        Assert.Equal(413, huge.Int("status"));
    }

    [Fact]
    public async Task PageNum_and_pageSize_cut_any_page_from_the_handler_pages_and_totalItem_comes_when_asked()
    {
        await using var host = new DialectHost();
        var ids = await host.GoodsAsync(25);
        var newestFirst = ids.Reverse().ToList();

        var page = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list?pageNum=3&pageSize=7");
        Assert.Equal(200, page.Int("status"));
        var data = page.Data;
        Assert.Equal(newestFirst.Skip(14).Take(7), data.GetProperty("list").EnumerateArray().Select(g => g.GetProperty("goodsid").GetInt64()));
        Assert.Equal(3, data.GetProperty("pageNum").GetInt32());
        Assert.Equal(7, data.GetProperty("pageSize").GetInt32());
        Assert.True(data.GetProperty("hasMore").GetBoolean());
        Assert.False(data.TryGetProperty("totalItem", out _));

        var last = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list?pageNum=4&pageSize=7&totalItem=true");
        Assert.Equal(newestFirst.Skip(21), last.Data.GetProperty("list").EnumerateArray().Select(g => g.GetProperty("goodsid").GetInt64()));
        Assert.False(last.Data.GetProperty("hasMore").GetBoolean());
        Assert.Equal(25, last.Data.GetProperty("totalItem").GetInt32());

        var whole = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/goods/list", new { pageNum = 1, pageSize = 30 });
        Assert.Equal(newestFirst, whole.Data.GetProperty("list").EnumerateArray().Select(g => g.GetProperty("goodsid").GetInt64()));

        var tooBig = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/goods/list?pageNum=1&pageSize=101");
        Assert.Equal(400, tooBig.Int("status"));
        Assert.Contains("pageSize", tooBig.Str("msg"));
    }

    [Fact]
    public async Task A_flash_sale_that_sheds_load_answers_http_503()
    {
        await using var host = new DialectHost(new() { ["Dialects:FlashSaleConcurrency"] = "0" });
        var token = await RegisterAsync(host, "13800000004");

        var buy = await RestReply.SendAsync(host.Http, HttpMethod.Post, "/app/seckill/buy",
            new { seckill_id = 1, address_id = 1, request_token = "t", quantity = 1 }, headers: Auth(token));

        Assert.Equal(503, buy.Http);
        Assert.Equal(503, buy.Int("status"));

        // Shedding bounds the hot path only: the rest of the API answers as usual.
        var detail = await RestReply.SendAsync(host.Http, HttpMethod.Get, "/app/user/detail", headers: Auth(token));
        Assert.Equal(200, detail.Int("status"));
    }
}
