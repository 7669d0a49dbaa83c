using Orleans.Tests.TestKit;
using static Orleans.Tests.AdminRest.GoodsAdminTests;

namespace Orleans.Tests.AdminRest;

/// <summary>/v1/users: every user from the users read model with paging and filters, find by mobile, detail, and
/// lock/unlock, which the user grain enforces on logins and sessions.</summary>
public sealed class UserAdminTests
{
    [Fact]
    public async Task Users_are_listed_newest_first_with_paging_and_filters_and_found_by_mobile()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var ids = new List<long>();
        foreach (var mobile in new[] { "13800000001", "13800000002", "13900000003" })
        {
            ids.Add((await host.RegisterAsync(mobile)).UserId);
        }

        var all = await admin.GetAsync("/v1/users");
        var page2 = await admin.GetAsync("/v1/users?__limit=2&__page=2");
        var part = await admin.GetAsync("/v1/users?mobile_part=1380");
        var found = await admin.GetAsync("/v1/users?mobile=13800000002");

        Assert.Equal(3L, all.Count);
        Assert.Equal(ids.AsEnumerable().Reverse(), all.Data!.Value.EnumerateArray().Select(u => u.GetProperty("userid").GetInt64()));
        Assert.False(all.First.TryGetProperty("gold", out _));
        Assert.Equal("13900000003", all.First.GetProperty("mobile").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", all.First.GetProperty("reg_time").GetString());
        Assert.Equal((3L, ids[0]), (page2.Count, Assert.Single(page2.Data!.Value.EnumerateArray()).GetProperty("userid").GetInt64()));
        Assert.Equal(2L, part.Count);
        Assert.Equal((1L, ids[1], 0), (found.Count, found.First.GetProperty("userid").GetInt64(), found.First.GetProperty("gold").GetInt32()));
        Assert.Equal(0, (await admin.GetAsync($"/v1/users/{ids[2]}")).First.GetProperty("gold").GetInt32());

        Assert.Equal((400, "mobile"), Of(await admin.GetAsync("/v1/users?mobile=12345")));
        Assert.Equal((400, "mobile_part"), Of(await admin.GetAsync("/v1/users?mobile_part=abc")));
        Assert.Equal((400, "locked"), Of(await admin.GetAsync("/v1/users?locked=1")));
    }

    [Fact]
    public async Task A_locked_user_can_neither_use_a_session_nor_log_in_until_unlocked()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var client = host.Client();
        var (userId, token) = await host.RegisterAsync("13800000011", client);
        var (otherId, otherToken) = await host.RegisterAsync("13800000012");
        Assert.Equal(200, (await client.CallAsync("user.detail", new { token })).Code);

        var locked = await admin.PostAsync($"/v1/users/{userId}/lock", new { reason = "刷单" });
        Assert.Equal((0, true, "刷单"), (locked.ErrCode, locked.First.GetProperty("locked").GetBoolean(), locked.First.GetProperty("lock_reason").GetString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", locked.First.GetProperty("lock_time").GetString());

        var session = await client.CallAsync("user.detail", new { token });
        var login = await client.CallAsync("user.login", new { mobile = "13800000011", login_type = 2, password = TestSessions.DefaultPassword });
        Assert.Equal(503, session.Code);
        Assert.Contains("锁定", session.Msg, StringComparison.Ordinal);
        Assert.Equal(503, login.Code);
        Assert.Contains("锁定", login.Msg, StringComparison.Ordinal);
        Assert.Equal(200, (await host.Client().CallAsync("user.detail", new { token = otherToken })).Code);

        var lockedList = await admin.GetAsync("/v1/users?locked=true");
        Assert.Equal((1L, userId), (lockedList.Count, lockedList.First.GetProperty("userid").GetInt64()));
        Assert.Equal(otherId, (await admin.GetAsync("/v1/users?locked=false")).First.GetProperty("userid").GetInt64());

        var unlocked = await admin.DeleteAsync($"/v1/users/{userId}/lock");
        Assert.False(unlocked.First.GetProperty("locked").GetBoolean());
        Assert.False(unlocked.First.TryGetProperty("lock_reason", out _));
        Assert.Equal(0L, (await admin.GetAsync("/v1/users?locked=true")).Count);

        // The lock ended the old session for good; a new login works.
        Assert.Equal(601, (await client.CallAsync("user.detail", new { token })).Code);
        var again = await client.CallAsync("user.login", new { mobile = "13800000011", login_type = 2, password = TestSessions.DefaultPassword });
        Assert.Equal(200, again.Code);
        Assert.Equal(200, (await client.CallAsync("user.detail", new { token = again.Str("token") })).Code);
    }

    [Fact]
    public async Task Locking_unknown_users_or_without_a_reason_answers_clean_errors()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var (userId, _) = await host.RegisterAsync("13800000021");

        Assert.Equal(404, (await admin.PostAsync("/v1/users/999999/lock", new { reason = "x" })).HttpStatus);
        Assert.Equal(404, (await admin.DeleteAsync("/v1/users/999999/lock")).HttpStatus);
        Assert.Equal((400, "reason"), Of(await admin.PostAsync($"/v1/users/{userId}/lock", new { reason = "" })));
        Assert.Equal((400, "reason"), Of(await admin.PostAsync($"/v1/users/{userId}/lock", new { reason = new string('r', 101) })));
        Assert.Equal((400, "reason"), Of(await admin.PostAsync($"/v1/users/{userId}/lock", new { })));
        Assert.False((await admin.GetAsync($"/v1/users/{userId}")).First.GetProperty("locked").GetBoolean());
    }
}
