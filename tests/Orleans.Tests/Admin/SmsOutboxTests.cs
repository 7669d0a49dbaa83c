using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Sms;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Admin;

public sealed class SmsOutboxTests
{
    private const string Mobile = "13912345678";

    [Fact]
    public async Task The_outbox_answers_newest_first_with_paging_and_china_time()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());
        var outbox = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ISmsOutboxGrain>(Mobile);
        var start = new DateTimeOffset(2024, 5, 1, 23, 30, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            await outbox.Append(new SmsMessage(Mobile, "USER_LOGIN_CODE", $"00000{i}", $"code 00000{i}", start.AddMinutes(i)));
        }

        var all = await admin.GetAsync($"/v1/sms/outbox?mobile={Mobile}");
        var page = await admin.GetAsync($"/v1/sms/outbox?mobile={Mobile}&__limit=2&__page=2");

        Assert.Equal(5, all.Count);
        Assert.Equal(["000004", "000003", "000002", "000001", "000000"], all.Data!.Value.EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.Equal(5, page.Count);
        Assert.Equal(
            "[{\"mobile\":\"13912345678\",\"template\":\"USER_LOGIN_CODE\",\"code\":\"000002\",\"text\":\"code 000002\",\"c_time\":\"2024-05-02 07:32:00\"},"
            + "{\"mobile\":\"13912345678\",\"template\":\"USER_LOGIN_CODE\",\"code\":\"000001\",\"text\":\"code 000001\",\"c_time\":\"2024-05-02 07:31:00\"}]",
            page.Data!.Value.GetRawText());
    }

    [Fact]
    public async Task The_outbox_keeps_only_the_latest_100_per_mobile()
    {
        await using var factory = AdminHosts.Create();
        var outbox = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ISmsOutboxGrain>(Mobile);
        for (var i = 0; i < 105; i++)
        {
            await outbox.Append(new SmsMessage(Mobile, "USER_REGISTER_CODE", i.ToString("D6"), "text", DateTimeOffset.UtcNow));
        }

        var kept = await outbox.List(1000);
        var three = await outbox.List(3);

        Assert.Equal(100, kept.Count);
        Assert.Equal("000104", kept[0].Code);
        Assert.Equal("000005", kept[^1].Code);
        Assert.Equal(["000104", "000103", "000102"], three.Select(m => m.Code));
    }

    [Fact]
    public async Task The_outbox_survives_a_restart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "orleans-apihost-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["DataDirectory"] = folder };
        await using (var first = AdminHosts.Create(settings))
        {
            await first.Services.GetRequiredService<IGrainFactory>().GetGrain<ISmsOutboxGrain>(Mobile)
                .Append(new SmsMessage(Mobile, "USER_FIND_PWD", "123456", "text", DateTimeOffset.UtcNow));
        }

        await using var second = AdminHosts.Create(settings);
        var admin = await AdminClient.SignInAsync(second.CreateClient());

        var reply = await admin.GetAsync($"/v1/sms/outbox?mobile={Mobile}");

        Assert.Equal(1, reply.Count);
        Assert.Equal("123456", reply.First.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?mobile=")]
    [InlineData("?mobile=12345678901")]
    [InlineData("?mobile=1391234567")]
    [InlineData("?mobile=139123456789")]
    [InlineData("?mobile=1391234567a")]
    public async Task A_missing_or_malformed_mobile_answers_400_naming_it(string query)
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var reply = await admin.GetAsync($"/v1/sms/outbox{query}");

        Assert.Equal((400, 4000), (reply.HttpStatus, reply.ErrCode));
        Assert.StartsWith("mobile", reply.Message);
    }
}
