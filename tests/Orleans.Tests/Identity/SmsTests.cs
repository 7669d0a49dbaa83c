using System.Globalization;
using Orleans.Grains.Sms;

namespace Orleans.Tests.Identity;

public sealed class SmsTests
{
    private const string Mobile = "17712345678";

    [Fact]
    public async Task Send_records_a_6_digit_code_with_its_text_and_answers_200()
    {
        await using var host = new IdentityHost();
        var client = host.Client();

        var reply = await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);

        Assert.Equal(200, reply.Code);
        Assert.Equal("发送成功", reply.Msg);
        var message = Assert.Single(host.Sms.Messages);
        Assert.Equal(Mobile, message.Mobile);
        Assert.Equal(SmsTemplates.Register, message.Template);
        Assert.Matches("^[0-9]{6}$", message.Code);
        Assert.Contains(message.Code, message.Text);
        Assert.Equal(host.Clock.GetUtcNow(), message.SentAt);
    }

    [Fact]
    public async Task A_second_send_within_60_seconds_answers_503_per_template()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.RegisterAsync(client, Mobile);
        Assert.Equal(200, (await host.SendCodeAsync(client, Mobile, SmsTemplates.Login)).Code);

        host.Clock.Advance(TimeSpan.FromSeconds(59));
        var early = await host.SendCodeAsync(client, Mobile, SmsTemplates.Login);
        var otherTemplate = await host.SendCodeAsync(client, Mobile, SmsTemplates.FindPassword);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var onTime = await host.SendCodeAsync(client, Mobile, SmsTemplates.Login);

        Assert.Equal(503, early.Code);
        Assert.Equal("两次发送间隔小于60秒", early.Msg);
        Assert.Equal(200, otherTemplate.Code);
        Assert.Equal(200, onTime.Code);
    }

    [Fact]
    public async Task A_mobile_gets_at_most_10_messages_a_day()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(200, (await host.SendCodeAsync(client, Mobile, SmsTemplates.Register)).Code);
            host.Clock.Advance(TimeSpan.FromSeconds(61));
        }

        var eleventh = await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var otherAddress = await host.SendCodeAsync(host.Client(ip: "203.0.113.9"), Mobile, SmsTemplates.Register);
        Assert.Equal(503, eleventh.Code);
        Assert.Equal(503, otherAddress.Code);
        Assert.Equal(10, host.Sms.CountFor(Mobile));

        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(200, (await host.SendCodeAsync(client, Mobile, SmsTemplates.Register)).Code);
    }

    [Fact]
    public async Task An_address_gets_at_most_50_messages_a_day()
    {
        await using var host = new IdentityHost();
        var client = host.Client(ip: "198.51.100.7");
        for (var i = 0; i < 50; i++)
        {
            var mobile = "136" + i.ToString("D8", CultureInfo.InvariantCulture);
            Assert.Equal(200, (await host.SendCodeAsync(client, mobile, SmsTemplates.Register)).Code);
        }

        var refused = await host.SendCodeAsync(client, "13699999999", SmsTemplates.Register);
        var elsewhere = await host.SendCodeAsync(host.Client(ip: "198.51.100.8"), "13699999999", SmsTemplates.Register);

        Assert.Equal(503, refused.Code);
        Assert.Equal(200, elsewhere.Code);
        Assert.Equal(51, host.Sms.Messages.Count);
    }

    [Fact]
    public async Task Templates_are_checked_against_registration()
    {
        await using var host = new IdentityHost();
        var client = host.Client();

        Assert.Equal(503, (await host.SendCodeAsync(client, Mobile, "NO_SUCH_TEMPLATE")).Code);
        Assert.Equal(503, (await client.CallAsync("sms.send", new { mobile = "2771234567", key = SmsTemplates.Register })).Code);
        Assert.Equal(605, (await host.SendCodeAsync(client, Mobile, SmsTemplates.Login)).Code);
        Assert.Equal(605, (await host.SendCodeAsync(client, Mobile, SmsTemplates.FindPassword)).Code);
        Assert.Empty(host.Sms.Messages);
    }

    [Fact]
    public async Task Verify_does_not_consume_the_code()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var code = host.Sms.LatestCode(Mobile, SmsTemplates.Register);

        var first = await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code });
        var second = await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code });
        var register = await client.CallAsync("user.register", new { mobile = Mobile, password = "secret_123", code });
        var afterUse = await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code });

        Assert.Equal(200, first.Code);
        Assert.Equal("验证码正确", first.Msg);
        Assert.Equal(200, second.Code);
        Assert.Equal(200, register.Code);
        Assert.Equal(503, afterUse.Code);
    }

    [Fact]
    public async Task The_third_wrong_try_invalidates_the_code()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var code = host.Sms.LatestCode(Mobile, SmsTemplates.Register);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(700, (await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code = wrong })).Code);
        }

        Assert.Equal(503, (await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code })).Code);
        Assert.Equal(503, (await client.CallAsync("user.register", new { mobile = Mobile, password = "secret_123", code })).Code);

        host.Clock.Advance(TimeSpan.FromSeconds(60));
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var fresh = host.Sms.LatestCode(Mobile, SmsTemplates.Register);
        Assert.Equal(200, (await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code = fresh })).Code);
    }

    [Fact]
    public async Task Two_wrong_tries_leave_the_code_usable()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var code = host.Sms.LatestCode(Mobile, SmsTemplates.Register);
        var wrong = code == "000000" ? "111111" : "000000";

        await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code = wrong });
        await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code = wrong });

        Assert.Equal(200, (await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code })).Code);
    }

    [Fact]
    public async Task A_code_expires_after_10_minutes()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var code = host.Sms.LatestCode(Mobile, SmsTemplates.Register);

        host.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code })).Code);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(503, (await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code })).Code);
    }

    [Fact]
    public async Task A_new_send_replaces_the_previous_code()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var first = host.Sms.LatestCode(Mobile, SmsTemplates.Register);
        host.Clock.Advance(TimeSpan.FromSeconds(60));
        await host.SendCodeAsync(client, Mobile, SmsTemplates.Register);
        var second = host.Sms.LatestCode(Mobile, SmsTemplates.Register);

        Assert.Equal(2, host.Sms.CountFor(Mobile));
        if (first != second) // codes are random: one time in a million they repeat, and then the old one is the new one
        {
            Assert.Equal(700, (await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code = first })).Code);
        }

        Assert.Equal(200, (await client.CallAsync("sms.verify", new { mobile = Mobile, key = SmsTemplates.Register, code = second })).Code);
    }
}
