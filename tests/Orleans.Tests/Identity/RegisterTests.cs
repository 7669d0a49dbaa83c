using Orleans.Grains.Identity;
using Orleans.Grains.Mall;
using Orleans.Grains.Sms;

namespace Orleans.Tests.Identity;

public sealed class RegisterTests
{
    private const string Mobile = "13800138000";

    [Fact]
    public async Task Register_answers_the_fields_of_section_2_6_and_logs_in()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);

        var reply = await client.CallAsync("user.register", new { mobile = Mobile, password = "abc_12-3", code = host.Sms.LatestCode(Mobile, SmsTemplates.Register) });

        Assert.Equal(200, reply.Code);
        Assert.Equal("注册成功", reply.Msg);
        foreach (var name in new[] { "token", "open_id", "mobile", "headimg", "nickname", "intro", "reg_time", "openid" })
        {
            Assert.True(reply.Data!.Value.TryGetProperty(name, out _), name);
        }

        Assert.Equal(reply.Str("open_id"), reply.Str("openid"));
        Assert.Equal("138****8000", reply.Str("nickname"));
        var detail = await client.CallAsync("user.detail", new { token = reply.Str("token") });
        Assert.Equal(200, detail.Code);
        Assert.Equal(200, (await host.LoginAsync(client, Mobile, "abc_12-3")).Code);
    }

    [Fact]
    public async Task User_detail_answers_the_fields_of_section_2_12()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        var (_, token) = await host.RegisterAsync(client, Mobile);

        var reply = await client.CallAsync("user.detail", new { token });

        Assert.Equal(200, reply.Code);
        Assert.Equal("信息获取成功", reply.Msg);
        Assert.Equal(
            new[] { "c_time", "headimg", "intro", "mobile", "nickname", "open_id" },
            reply.Data!.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(Mobile, reply.Str("mobile"));
        Assert.Equal("138****8000", reply.Str("nickname"));
    }

    [Fact]
    public async Task A_registered_mobile_answers_604()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);

        var again = await client.CallAsync("user.register", new { mobile = Mobile, password = "another1", code = "123456" });
        var send = await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);

        Assert.Equal(604, again.Code);
        Assert.Equal(604, send.Code);
    }

    [Fact]
    public async Task Wrong_code_answers_700_and_bad_passwords_503()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var code = host.Sms.LatestCode(Mobile, SmsTemplates.Register);

        Assert.Equal(700, (await client.CallAsync("user.register", new { mobile = Mobile, password = "secret_123", code = code == "000000" ? "111111" : "000000" })).Code);
        Assert.Equal(503, (await client.CallAsync("user.register", new { mobile = Mobile, password = "short", code })).Code);
        Assert.Equal(503, (await client.CallAsync("user.register", new { mobile = Mobile, password = "has space!", code })).Code);
        Assert.Equal(503, (await client.CallAsync("user.register", new { mobile = Mobile, password = "secret_123" })).Code);
        Assert.Equal(200, (await client.CallAsync("user.register", new { mobile = Mobile, password = "secret_123", code })).Code);
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_mobile_let_exactly_one_through()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var code = host.Sms.LatestCode(Mobile, SmsTemplates.Register);

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.CallAsync("user.register", new { mobile = Mobile, password = $"secret_{i}", code })));

        Assert.Single(replies, r => r.Code == 200);
        Assert.All(replies.Where(r => r.Code != 200), r => Assert.Equal(604, r.Code));
        var winner = Array.FindIndex(replies, r => r.Code == 200);
        Assert.Equal(200, (await host.LoginAsync(client, Mobile, $"secret_{winner}")).Code);
    }

    [Fact]
    public async Task Concurrent_index_registrations_create_one_user()
    {
        await using var host = new IdentityHost();
        var index = host.Grains.GetGrain<IMobileIndexGrain>(Mobile);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => index.Register($"secret_{i}")));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.UserId).Distinct());
    }

    [Fact]
    public async Task Registration_bonus_is_credited_once()
    {
        await using var host = new IdentityHost(new() { ["Mall:RegistrationBonus"] = "100" });
        var client = host.Client();

        var (userId, token) = await host.RegisterAsync(client, Mobile);

        var wallet = host.Grains.GetGrain<IWalletGrain>(userId);
        Assert.Equal(100, await wallet.GetBalance());
        Assert.Single((await wallet.List(1, 10)).Entries);
        var balance = await client.CallAsync("gold.balance", new { token });
        Assert.Equal(200, balance.Code);
    }

    [Fact]
    public async Task No_bonus_by_default()
    {
        await using var host = new IdentityHost();

        var (userId, _) = await host.RegisterAsync(host.Client(), Mobile);

        Assert.Equal(0, await host.Grains.GetGrain<IWalletGrain>(userId).GetBalance());
    }

    [Fact]
    public async Task User_ids_come_from_the_user_sequence()
    {
        await using var host = new IdentityHost();
        var client = host.Client();

        var (first, _) = await host.RegisterAsync(client, "13800000001");
        var (second, _) = await host.RegisterAsync(client, "13800000002");

        Assert.Equal(first + 1, second);
    }
}
