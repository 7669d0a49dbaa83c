using Orleans.Tests.TestKit;

namespace Orleans.Tests.Gateway;

/// <summary>The checks run in the documented order (section 1.5 and issue 3): a request failing two checks answers
/// the earlier one.</summary>
public sealed class CheckOrderTests : IAsyncLifetime
{
    private const string Expired = "请求已过期，请校准手机时间";
    private const string BadSign = "API signature error";
    private readonly GatewayHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Old => (_host.Clock.GetUtcNow().ToUnixTimeSeconds() - 3600).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<YafReply> PostAsync(YafClient client, string data, bool signed = true) => client.PostAsync(data, signed ? client.Sign(data) : new string('0', 32));

    [Fact]
    public async Task Data_before_everything()
    {
        var data = "[" + _host.Data(("method", string.Empty), ("appid", "nobody")) + "]";

        Assert.Equal((503, "data 参数缺失或不是 JSON 对象"), Of(await PostAsync(_host.Client(), data, signed: false)));
    }

    [Fact]
    public async Task Empty_fixed_parameters_in_the_order_method_v_appid_timestamp()
    {
        var client = _host.Client();

        Assert.Equal(504, (await PostAsync(client, _host.Data(("method", ""), ("v", ""), ("appid", ""), ("timestamp", "")), false)).Code);
        Assert.Equal(505, (await PostAsync(client, _host.Data(("v", ""), ("appid", ""), ("timestamp", "")), false)).Code);
        Assert.Equal(506, (await PostAsync(client, _host.Data(("appid", ""), ("timestamp", "")), false)).Code);
        Assert.Equal(507, (await PostAsync(client, _host.Data(("timestamp", "")), false)).Code);
    }

    [Fact]
    public async Task An_empty_fixed_parameter_before_an_unknown_appid()
    {
        var data = _host.Data(("method", ""), ("appid", "nobody_app_id"));

        Assert.Equal(504, (await PostAsync(_host.Client(), data, false)).Code);
    }

    [Fact]
    public async Task Unknown_appid_before_unknown_method_bad_timestamp_and_bad_sign()
    {
        var data = _host.Data(("method", "no.such.method"), ("appid", "nobody_app_id"), ("timestamp", Old));

        Assert.Equal((503, "appid 不存在或已停用"), Of(await PostAsync(_host.Client(), data, false)));
    }

    [Fact]
    public async Task Address_range_before_unknown_method()
    {
        var client = _host.Client("203.0.113.20", YafClient.AdminAppId, YafClient.AdminSecret);
        var data = _host.Data(("method", "no.such.method"), ("appid", YafClient.AdminAppId), ("timestamp", Old));

        Assert.Equal(508, (await PostAsync(client, data, false)).Code);
    }

    [Fact]
    public async Task Address_range_before_ip_ban()
    {
        await BanAsync("203.0.113.21");
        var client = _host.Client("203.0.113.21", YafClient.AdminAppId, YafClient.AdminSecret);

        Assert.Equal(508, (await PostAsync(client, _host.Data(("method", "test.fail"), ("appid", YafClient.AdminAppId)))).Code);
    }

    [Fact]
    public async Task Unknown_method_before_ip_ban_bad_timestamp_and_bad_sign()
    {
        await BanAsync("203.0.113.22");
        var client = _host.Client("203.0.113.22");

        Assert.Equal(509, (await PostAsync(client, _host.Data(("method", "no.such.method"), ("timestamp", Old)), false)).Code);
    }

    [Fact]
    public async Task Ip_ban_before_bad_timestamp_and_bad_sign()
    {
        await BanAsync("203.0.113.23");
        var client = _host.Client("203.0.113.23");

        Assert.Equal(510, (await PostAsync(client, _host.Data(("method", "test.fail"), ("timestamp", Old)), false)).Code);
    }

    [Fact]
    public async Task Bad_timestamp_before_bad_sign()
    {
        Assert.Equal((503, Expired), Of(await PostAsync(_host.Client(), _host.Data(("timestamp", Old)), false)));
    }

    [Fact]
    public async Task Bad_sign_before_replay()
    {
        var client = _host.Client();
        var data = _host.Data(("method", "test.write"));
        Assert.Equal(200, (await PostAsync(client, data)).Code);

        Assert.Equal((503, BadSign), Of(await PostAsync(client, data, false)));
    }

    [Fact]
    public async Task A_refused_request_never_reaches_the_handler()
    {
        var client = _host.Client();

        await PostAsync(client, _host.Data(("method", "test.write"), ("timestamp", Old)));
        await PostAsync(client, _host.Data(("method", "test.write")), false);

        Assert.Equal(0, _host.Writes.Runs);
    }

    private async Task BanAsync(string ip)
    {
        var client = _host.Client(ip);
        for (var i = 0; i < 50; i++)
        {
            await client.CallAsync("test.fail");
        }

        Assert.Equal(510, (await client.CallAsync("test.fail")).Code);
    }

    private static (int, string) Of(YafReply reply) => (reply.Code, reply.Msg);
}
