using Orleans.Grains.Sms;

namespace Orleans.Tests.Identity;

public sealed class SessionTests
{
    private const string Mobile = "15912345678";

    [Fact]
    public async Task No_token_answers_602_and_an_unknown_one_601()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        var (_, token) = await host.RegisterAsync(client, Mobile);

        Assert.Equal(602, (await client.CallAsync("user.detail")).Code);
        Assert.Equal(602, (await client.CallAsync("user.detail", new { token = "" })).Code);
        Assert.Equal(601, (await client.CallAsync("user.detail", new { token = "not-a-token" })).Code);
        Assert.Equal(601, (await client.CallAsync("user.detail", new { token = new string('0', 32) + token[32..] })).Code);
        Assert.Equal(601, (await client.CallAsync("user.detail", new { token = token[..32] + "7fff" })).Code);
    }

    [Fact]
    public async Task A_new_login_in_the_same_slot_kicks_out_the_old_token_with_603()
    {
        await using var host = new IdentityHost();
        var ios = host.Client(platform: 1);
        var android = host.Client(platform: 2);
        var (_, first) = await host.RegisterAsync(ios, Mobile);

        var second = (await host.LoginAsync(android, Mobile)).Str("token");

        Assert.Equal(603, (await ios.CallAsync("user.detail", new { token = first })).Code);
        Assert.Equal(200, (await android.CallAsync("user.detail", new { token = second })).Code);
        var third = (await host.LoginAsync(ios, Mobile)).Str("token");
        Assert.Equal(603, (await ios.CallAsync("user.detail", new { token = first })).Code);
        Assert.Equal(603, (await ios.CallAsync("user.detail", new { token = second })).Code);
        Assert.Equal(200, (await ios.CallAsync("user.detail", new { token = third })).Code);
    }

    [Fact]
    public async Task App_and_web_slots_are_independent()
    {
        await using var host = new IdentityHost();
        var app = host.Client(platform: 1);
        var web = host.Client(platform: 4);
        var (_, appToken) = await host.RegisterAsync(app, Mobile);

        var webToken = (await host.LoginAsync(web, Mobile)).Str("token");

        Assert.Equal(200, (await app.CallAsync("user.detail", new { token = appToken })).Code);
        Assert.Equal(200, (await web.CallAsync("user.detail", new { token = webToken })).Code);
    }

    [Fact]
    public async Task Web_sessions_slide_by_30_minutes_and_then_expire_with_601()
    {
        await using var host = new IdentityHost();
        var web = host.Client(platform: 3);
        await host.RegisterAsync(web, Mobile);
        var token = (await host.LoginAsync(web, Mobile)).Str("token");

        host.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(200, (await web.CallAsync("user.detail", new { token })).Code);
        host.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(200, (await web.CallAsync("user.detail", new { token })).Code);
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(200, (await web.CallAsync("user.detail", new { token })).Code);

        // That last slide (30 s) was too small to write, yet it counts: 29m45s later is past the written expiry.
        host.Clock.Advance(TimeSpan.FromMinutes(29) + TimeSpan.FromSeconds(45));
        Assert.Equal(200, (await web.CallAsync("user.detail", new { token })).Code);
        host.Clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        Assert.Equal(601, (await web.CallAsync("user.detail", new { token })).Code);
    }

    [Fact]
    public async Task App_sessions_slide_by_30_days_and_then_expire_with_601()
    {
        await using var host = new IdentityHost();
        var app = host.Client(platform: 2);
        var (_, token) = await host.RegisterAsync(app, Mobile);

        host.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(200, (await app.CallAsync("user.detail", new { token })).Code);
        host.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(200, (await app.CallAsync("user.detail", new { token })).Code);
        host.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));
        Assert.Equal(601, (await app.CallAsync("user.detail", new { token })).Code);
    }

    [Fact]
    public async Task Logout_ends_the_session_with_601_and_answers_only_code_and_msg()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        var (_, token) = await host.RegisterAsync(client, Mobile);

        var reply = await client.CallAsync("user.logout", new { token });

        Assert.Equal(200, reply.Code);
        Assert.Equal("退出成功", reply.Msg);
        Assert.Equal(601, (await client.CallAsync("user.detail", new { token })).Code);
    }

    [Fact]
    public async Task Password_edit_makes_earlier_tokens_answer_606()
    {
        await using var host = new IdentityHost();
        var app = host.Client(platform: 1);
        var web = host.Client(platform: 3);
        var (_, token) = await host.RegisterAsync(app, Mobile);
        var webToken = (await host.LoginAsync(web, Mobile)).Str("token");

        var reply = await app.CallAsync("user.pwd.edit", new { token, old_pwd = IdentityHost.Password, new_pwd = "new_secret" });

        Assert.Equal(200, reply.Code);
        Assert.Equal("密码修改成功", reply.Msg);
        Assert.Equal(606, (await app.CallAsync("user.detail", new { token })).Code);
        Assert.Equal(606, (await web.CallAsync("user.detail", new { token = webToken })).Code);
        Assert.Equal(503, (await host.LoginAsync(app, Mobile)).Code);
        var fresh = (await host.LoginAsync(app, Mobile, "new_secret")).Str("token");
        Assert.Equal(200, (await app.CallAsync("user.detail", new { token = fresh })).Code);
        Assert.Equal(606, (await app.CallAsync("user.detail", new { token })).Code);
    }

    [Fact]
    public async Task Password_edit_needs_the_old_password_and_a_different_valid_new_one()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        var (_, token) = await host.RegisterAsync(client, Mobile);

        Assert.Equal(503, (await client.CallAsync("user.pwd.edit", new { token, old_pwd = "wrong_old", new_pwd = "new_secret" })).Code);
        Assert.Equal(503, (await client.CallAsync("user.pwd.edit", new { token, old_pwd = IdentityHost.Password, new_pwd = IdentityHost.Password })).Code);
        Assert.Equal(503, (await client.CallAsync("user.pwd.edit", new { token, old_pwd = IdentityHost.Password, new_pwd = "x" })).Code);
        Assert.Equal(602, (await client.CallAsync("user.pwd.edit", new { old_pwd = IdentityHost.Password, new_pwd = "new_secret" })).Code);
        Assert.Equal(200, (await client.CallAsync("user.detail", new { token })).Code);
    }

    [Fact]
    public async Task Password_find_resets_the_password_consumes_the_code_and_makes_earlier_tokens_answer_606()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        var (_, token) = await host.RegisterAsync(client, Mobile);
        Assert.Equal(200, (await host.SendCodeAsync(client, Mobile, SmsTemplates.FindPassword)).Code);
        var code = host.Sms.LatestCode(Mobile, SmsTemplates.FindPassword);

        var reply = await client.CallAsync("user.pwd.find", new { mobile = Mobile, code, password = "found_it" });

        Assert.Equal(200, reply.Code);
        Assert.Equal("密码找回成功", reply.Msg);
        Assert.Equal(606, (await client.CallAsync("user.detail", new { token })).Code);
        Assert.Equal(200, (await host.LoginAsync(client, Mobile, "found_it")).Code);
        Assert.Equal(606, (await client.CallAsync("user.detail", new { token })).Code);
        Assert.Equal(503, (await client.CallAsync("user.pwd.find", new { mobile = Mobile, code, password = "again_it" })).Code);
    }

    [Fact]
    public async Task Password_find_answers_605_for_unregistered_and_700_for_a_wrong_code()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);
        await host.SendCodeAsync(client, Mobile, SmsTemplates.FindPassword);
        var code = host.Sms.LatestCode(Mobile, SmsTemplates.FindPassword);

        Assert.Equal(605, (await client.CallAsync("user.pwd.find", new { mobile = "13000000000", code, password = "found_it" })).Code);
        Assert.Equal(700, (await client.CallAsync("user.pwd.find", new { mobile = Mobile, code = code == "000000" ? "111111" : "000000", password = "found_it" })).Code);
        Assert.Equal(200, (await host.LoginAsync(client, Mobile)).Code);
    }
}
