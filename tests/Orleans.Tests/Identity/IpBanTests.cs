using Orleans.Grains.Sms;

namespace Orleans.Tests.Identity;

public sealed class IpBanTests
{
    public static TheoryData<string, object> FailingCalls => new()
    {
        { "user.login", new { mobile = "13900000001", login_type = 2, password = "secret_123" } },
        { "user.register", new { mobile = "13900000001", password = "secret_123", code = "123456" } },
        { "sms.send", new { mobile = "13900000001", key = SmsTemplates.Login } },
        { "user.pwd.find", new { mobile = "13900000001", code = "123456", password = "secret_123" } },
    };

    [Theory]
    [MemberData(nameof(FailingCalls))]
    public async Task Failures_count_toward_the_temporary_ban_of_the_address(string method, object parameters)
    {
        await using var host = new IdentityHost(new() { ["IpGuard:FailuresToBan"] = "3" });
        var client = host.Client(ip: "192.0.2.10");

        for (var i = 0; i < 3; i++)
        {
            var failure = await client.CallAsync(method, parameters);
            Assert.NotEqual(200, failure.Code);
            Assert.NotEqual(510, failure.Code);
        }

        Assert.Equal(510, (await client.CallAsync(method, parameters)).Code);
        Assert.NotEqual(510, (await host.Client(ip: "192.0.2.11").CallAsync(method, parameters)).Code);
    }

    [Fact]
    public async Task Failures_of_other_methods_do_not_count()
    {
        await using var host = new IdentityHost(new() { ["IpGuard:FailuresToBan"] = "3" });
        var client = host.Client(ip: "192.0.2.10");

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(503, (await client.CallAsync("sms.verify", new { mobile = "13900000001", key = SmsTemplates.Register, code = "1" })).Code);
        }

        Assert.Equal(605, (await client.CallAsync("user.login", new { mobile = "13900000001", login_type = 2, password = "secret_123" })).Code);
    }
}
