using System.Text.Json;
using ApiHost.Api;
using Orleans.Grains.Sms;

namespace Orleans.Tests.Identity;

public sealed class LoginTests
{
    private const string Mobile = "18575202692";

    [Fact]
    public async Task Password_login_answers_every_field_of_section_2_5_with_a_working_token()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);

        var reply = await host.LoginAsync(client, Mobile);

        Assert.Equal(200, reply.Code);
        Assert.Equal("登录成功", reply.Msg);
        var names = reply.Data!.Value.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "token", "open_id", "mobile", "headimg", "nickname", "intro", "reg_time" }, names);
        Assert.Equal(Mobile, reply.Str("mobile"));
        Assert.Equal("185****2692", reply.Str("nickname"));
        Assert.Matches("^[0-9a-f]{32}$", reply.Str("open_id"));
        Assert.Equal(ApiTime.Format(host.Clock.GetUtcNow()), reply.Str("reg_time"));
        Assert.Equal(JsonValueKind.String, reply.Data.Value.GetProperty("headimg").ValueKind);

        var detail = await client.CallAsync("user.detail", new { token = reply.Str("token") });
        Assert.Equal(200, detail.Code);
    }

    [Fact]
    public async Task Password_login_accepts_the_password_in_code_when_password_is_absent()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);

        var reply = await client.CallAsync("user.login", new { mobile = Mobile, login_type = "2", code = IdentityHost.Password });

        Assert.Equal(200, reply.Code);
    }

    [Fact]
    public async Task Sms_login_consumes_the_code()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);
        Assert.Equal(200, (await host.SendCodeAsync(client, Mobile, SmsTemplates.Login)).Code);
        var code = host.Sms.LatestCode(Mobile, SmsTemplates.Login);

        var first = await client.CallAsync("user.login", new { mobile = Mobile, login_type = 1, code });
        var again = await client.CallAsync("user.login", new { mobile = Mobile, login_type = 1, code });

        Assert.Equal(200, first.Code);
        Assert.Equal(503, again.Code);
    }

    [Fact]
    public async Task Sms_login_with_a_wrong_code_answers_700()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Login);
        var wrong = host.Sms.LatestCode(Mobile, SmsTemplates.Login) == "000000" ? "111111" : "000000";

        var reply = await client.CallAsync("user.login", new { mobile = Mobile, login_type = 1, code = wrong });

        Assert.Equal(700, reply.Code);
    }

    [Fact]
    public async Task Unregistered_mobile_answers_605_and_bad_input_503()
    {
        await using var host = new IdentityHost();
        var client = host.Client();

        Assert.Equal(605, (await host.LoginAsync(client, "13900000000")).Code);
        Assert.Equal(503, (await client.CallAsync("user.login", new { mobile = "12345", login_type = 2, password = "secret_123" })).Code);
        Assert.Equal(503, (await client.CallAsync("user.login", new { mobile = Mobile, login_type = 3, password = "secret_123" })).Code);
        Assert.Equal(503, (await client.CallAsync("user.login", new { mobile = Mobile, login_type = 2, password = new string('x', 10_000) })).Code);
    }

    [Fact]
    public async Task Fifth_failure_locks_for_24_hours_with_the_unlock_time_then_the_lock_lifts()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(503, (await host.LoginAsync(client, Mobile, "wrong_pwd")).Code);
        }

        var unlock = ApiTime.Format(host.Clock.GetUtcNow() + TimeSpan.FromHours(24));
        var fifth = await host.LoginAsync(client, Mobile, "wrong_pwd");
        Assert.Equal(607, fifth.Code);
        Assert.Contains(unlock, fifth.Msg);

        host.Clock.Advance(TimeSpan.FromHours(23));
        var locked = await host.LoginAsync(client, Mobile);
        Assert.Equal(607, locked.Code);
        Assert.Contains(unlock, locked.Msg);

        host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await host.LoginAsync(client, Mobile)).Code);
    }

    [Fact]
    public async Task Sms_code_failures_count_toward_the_lock_too()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);
        for (var i = 0; i < 4; i++)
        {
            await host.LoginAsync(client, Mobile, "wrong_pwd");
        }

        var reply = await client.CallAsync("user.login", new { mobile = Mobile, login_type = 1, code = "123456" });

        Assert.Equal(607, reply.Code);
    }

    [Fact]
    public async Task Success_clears_the_failure_count()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);

        for (var i = 0; i < 4; i++)
        {
            await host.LoginAsync(client, Mobile, "wrong_pwd");
        }

        Assert.Equal(200, (await host.LoginAsync(client, Mobile)).Code);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(503, (await host.LoginAsync(client, Mobile, "wrong_pwd")).Code);
        }

        Assert.Equal(607, (await host.LoginAsync(client, Mobile, "wrong_pwd")).Code);
    }

    [Fact]
    public async Task Failures_older_than_24_hours_do_not_count()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);
        for (var i = 0; i < 4; i++)
        {
            await host.LoginAsync(client, Mobile, "wrong_pwd");
        }

        host.Clock.Advance(TimeSpan.FromHours(24));

        Assert.Equal(503, (await host.LoginAsync(client, Mobile, "wrong_pwd")).Code);
    }

    [Fact]
    public async Task Parallel_wrong_passwords_never_get_past_the_limit()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.LoginAsync(client, Mobile, "wrong_pwd")));

        // Attempts of one number run one at a time in its guard: exactly four plain failures, then the lock.
        Assert.Equal(4, replies.Count(r => r.Code == 503));
        Assert.Equal(16, replies.Count(r => r.Code == 607));
    }
}
