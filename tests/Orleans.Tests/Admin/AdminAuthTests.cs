using System.Text.RegularExpressions;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Admin;

public sealed class AdminAuthTests
{
    [Fact]
    public async Task Login_answers_exactly_the_token_envelope_and_the_token_opens_admin_routes()
    {
        await using var factory = AdminHosts.Create();
        var admin = new AdminClient(factory.CreateClient());

        var login = await admin.LoginAsync("admin", AdminClient.BootstrapPassword);
        var outbox = await admin.GetAsync("/v1/sms/outbox?mobile=13800138000");

        Assert.Equal(200, login.HttpStatus);
        Assert.Matches(new Regex("^\\{\"errCode\":0,\"message\":\"OK\",\"data\":\\[\\{\"token\":\"[A-Za-z0-9_-]{43}\"\\}\\],\"count\":1\\}$"), login.Body);
        Assert.Equal(200, outbox.HttpStatus);
    }

    [Fact]
    public async Task Usernames_are_case_insensitive()
    {
        await using var factory = AdminHosts.Create();

        var login = await new AdminClient(factory.CreateClient()).LoginAsync("ADMIN", AdminClient.BootstrapPassword);

        Assert.Equal(200, login.HttpStatus);
    }

    [Theory]
    [InlineData("admin", "wrong-password")]
    [InlineData("nobody", "wrong-password")]
    [InlineData("admin", "")]
    public async Task Wrong_credentials_answer_401_with_errCode_4011_alike_for_unknown_users(string username, string password)
    {
        await using var factory = AdminHosts.Create();

        var login = await new AdminClient(factory.CreateClient()).LoginAsync(username, password);

        Assert.Equal(401, login.HttpStatus);
        Assert.Equal(4011, login.ErrCode);
        Assert.Null(login.Data);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_15_minutes_even_for_the_right_password()
    {
        var clock = new ManualClock();
        await using var host = AdminHosts.Create();
        await using var factory = host.WithClock(clock);
        var client = new AdminClient(factory.CreateClient());

        var failures = new List<AdminResponse>();
        for (var i = 0; i < 5; i++)
        {
            failures.Add(await client.LoginAsync("admin", "wrong-password"));
        }

        var whileLocked = await client.LoginAsync("admin", AdminClient.BootstrapPassword);
        clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await client.LoginAsync("admin", AdminClient.BootstrapPassword);
        clock.Advance(TimeSpan.FromMinutes(1));
        var afterLock = await client.LoginAsync("admin", AdminClient.BootstrapPassword);

        Assert.All(failures.Take(4), f => Assert.Equal((401, 4011), (f.HttpStatus, f.ErrCode)));
        Assert.Equal((429, 4290), (failures[4].HttpStatus, failures[4].ErrCode));
        Assert.Equal((429, 4290), (whileLocked.HttpStatus, whileLocked.ErrCode));
        Assert.Equal((429, 4290), (stillLocked.HttpStatus, stillLocked.ErrCode));
        Assert.Equal((200, 0), (afterLock.HttpStatus, afterLock.ErrCode));
    }

    [Fact]
    public async Task A_success_clears_the_failure_count()
    {
        await using var factory = AdminHosts.Create();
        var client = new AdminClient(factory.CreateClient());

        for (var i = 0; i < 4; i++)
        {
            await client.LoginAsync("admin", "wrong-password");
        }

        await client.LoginAsync("admin", AdminClient.BootstrapPassword);
        for (var i = 0; i < 4; i++)
        {
            await client.LoginAsync("admin", "wrong-password");
        }

        var fifthOverall = await client.LoginAsync("admin", "wrong-password");
        Assert.Equal((401, 4011), (fifthOverall.HttpStatus, fifthOverall.ErrCode));
    }

    [Fact]
    public async Task Missing_token_answers_401_4010_and_bad_token_401_4013()
    {
        await using var factory = AdminHosts.Create();
        var anonymous = new AdminClient(factory.CreateClient());
        var forged = new AdminClient(factory.CreateClient()) { Token = "x3J7c1d0Jr3hT8mDq1nZ9cVq2c3bS4xE5yR6wA7uI8o" };
        var huge = new AdminClient(factory.CreateClient()) { Token = new string('a', 5000) };

        var missing = await anonymous.GetAsync("/v1/sms/outbox?mobile=13800138000");
        var bad = await forged.GetAsync("/v1/sms/outbox?mobile=13800138000");
        var tooLong = await huge.GetAsync("/v1/admin-users");
        var logoutWithout = await anonymous.PostAsync("/v1/logout");

        Assert.Equal((401, 4010), (missing.HttpStatus, missing.ErrCode));
        Assert.Equal((401, 4013), (bad.HttpStatus, bad.ErrCode));
        Assert.Equal((401, 4013), (tooLong.HttpStatus, tooLong.ErrCode));
        Assert.Equal((401, 4010), (logoutWithout.HttpStatus, logoutWithout.ErrCode));
        Assert.Null(missing.Data);
    }

    [Fact]
    public async Task The_token_also_works_as_the___token_query_parameter()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());
        var bare = new AdminClient(factory.CreateClient());

        var reply = await bare.GetAsync($"/v1/admin-users?__token={Uri.EscapeDataString(admin.Token!)}");

        Assert.Equal((200, 0), (reply.HttpStatus, reply.ErrCode));
        Assert.Equal("admin", reply.First.GetProperty("username").GetString());
    }

    [Fact]
    public async Task Logout_invalidates_the_token_and_leaves_other_sessions_alone()
    {
        await using var factory = AdminHosts.Create();
        var first = await AdminClient.SignInAsync(factory.CreateClient());
        var second = await AdminClient.SignInAsync(factory.CreateClient());

        var logout = await first.PostAsync("/v1/logout");
        var afterLogout = await first.GetAsync("/v1/admin-users");
        var other = await second.GetAsync("/v1/admin-users");

        Assert.Equal("{\"errCode\":0,\"message\":\"OK\"}", logout.Body);
        Assert.Equal((401, 4013), (afterLogout.HttpStatus, afterLogout.ErrCode));
        Assert.Equal(200, other.HttpStatus);
    }

    [Fact]
    public async Task Sessions_slide_for_8_hours_after_each_call_and_end_after_8_idle_hours()
    {
        var clock = new ManualClock();
        await using var host = AdminHosts.Create();
        await using var factory = host.WithClock(clock);
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        clock.Advance(TimeSpan.FromHours(7));
        var after7 = await admin.GetAsync("/v1/admin-users");
        clock.Advance(TimeSpan.FromHours(7));
        var after14 = await admin.GetAsync("/v1/admin-users");
        clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        var idle = await admin.GetAsync("/v1/admin-users");

        Assert.Equal(200, after7.HttpStatus);
        Assert.Equal(200, after14.HttpStatus);
        Assert.Equal((401, 4013), (idle.HttpStatus, idle.ErrCode));
    }

    [Fact]
    public async Task An_operator_reads_but_gets_403_on_every_write()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());
        var created = await admin.PostAsync("/v1/admin-users", new { username = "viewer", password = "viewer-pass-1", role = "operator" });
        var viewer = await AdminClient.SignInAsync(factory.CreateClient(), "viewer", "viewer-pass-1");

        var read = await viewer.GetAsync("/v1/admin-users");
        var writes = new[]
        {
            await viewer.PostAsync("/v1/admin-users", new { username = "another", password = "another-pass", role = "admin" }),
            await viewer.PutAsync("/v1/admin-users/admin", new { enabled = false }),
            await viewer.PostAsync("/v1/apps", new { appid = "new_app_id", kind = "app" }),
            await viewer.PostAsync("/v1/apps/ios_app_id/secret"),
            await viewer.PostAsync("/v1/dispatch/gold.balance/1.0.0", new { }),
        };
        var logout = await viewer.PostAsync("/v1/logout");

        Assert.Equal(200, created.HttpStatus);
        Assert.Equal("operator", created.First.GetProperty("role").GetString());
        Assert.Equal(200, read.HttpStatus);
        Assert.All(writes, w => Assert.Equal((403, 4030), (w.HttpStatus, w.ErrCode)));
        Assert.Equal(200, logout.HttpStatus);
        Assert.Equal(2, (await admin.GetAsync("/v1/admin-users")).Count);
    }

    [Fact]
    public async Task Disabling_an_account_or_changing_its_password_ends_its_sessions()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());
        await admin.PostAsync("/v1/admin-users", new { username = "ops", password = "ops-pass-01", role = "admin" });
        var ops = await AdminClient.SignInAsync(factory.CreateClient(), "ops", "ops-pass-01");

        await admin.PutAsync("/v1/admin-users/ops", new { password = "ops-pass-02" });
        var afterPasswordChange = await ops.GetAsync("/v1/admin-users");
        var oldPassword = await new AdminClient(factory.CreateClient()).LoginAsync("ops", "ops-pass-01");
        ops = await AdminClient.SignInAsync(factory.CreateClient(), "ops", "ops-pass-02");
        var disabled = await admin.PutAsync("/v1/admin-users/ops", new { enabled = false });
        var afterDisable = await ops.GetAsync("/v1/admin-users");
        var loginDisabled = await new AdminClient(factory.CreateClient()).LoginAsync("ops", "ops-pass-02");

        Assert.Equal((401, 4013), (afterPasswordChange.HttpStatus, afterPasswordChange.ErrCode));
        Assert.Equal((401, 4011), (oldPassword.HttpStatus, oldPassword.ErrCode));
        Assert.False(disabled.First.GetProperty("enabled").GetBoolean());
        Assert.Equal((401, 4013), (afterDisable.HttpStatus, afterDisable.ErrCode));
        Assert.Equal((401, 4012), (loginDisabled.HttpStatus, loginDisabled.ErrCode));
    }

    [Fact]
    public async Task An_admin_cannot_disable_or_demote_themselves()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var disable = await admin.PutAsync("/v1/admin-users/admin", new { enabled = false });
        var demote = await admin.PutAsync("/v1/admin-users/admin", new { role = "operator" });

        Assert.Equal((400, 4000), (disable.HttpStatus, disable.ErrCode));
        Assert.Contains("enabled", disable.Message);
        Assert.Contains("role", demote.Message);
        Assert.Equal(200, (await admin.GetAsync("/v1/admin-users")).HttpStatus);
    }
}
