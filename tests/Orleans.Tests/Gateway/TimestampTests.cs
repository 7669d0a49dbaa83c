using System.Globalization;

namespace Orleans.Tests.Gateway;

/// <summary>Check 6: timestamp is a 10-digit integer within the window (600 s by default, configurable) either side
/// of server time.</summary>
public sealed class TimestampTests : IAsyncLifetime
{
    private const string Expired = "请求已过期，请校准手机时间";
    private readonly GatewayHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(0, 200)]
    [InlineData(-600, 200)]
    [InlineData(600, 200)]
    [InlineData(-601, 503)]
    [InlineData(601, 503)]
    [InlineData(-86400, 503)]
    public async Task The_window_is_600_seconds_either_way(int offsetSeconds, int code)
    {
        var reply = await _host.Client().CallAsync("test.echo", timestamp: _host.Clock.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds);

        Assert.Equal(code, reply.Code);
        Assert.Equal(code == 503 ? Expired : "success", reply.Msg);
    }

    [Theory]
    [InlineData("149389862")]
    [InlineData("14938986210")]
    [InlineData("abcdefghij")]
    [InlineData("-149389862")]
    [InlineData("+149389862")]
    [InlineData(" 149389862")]
    [InlineData("1493898621.0")]
    [InlineData("1.49389E+09")]
    [InlineData("１４９３８９８６２１")]
    public async Task A_timestamp_that_is_not_ten_digits_answers_503(string timestamp)
    {
        var client = _host.Client();
        var data = _host.Data(("timestamp", timestamp));

        var reply = await client.PostAsync(data, client.Sign(data));

        Assert.Equal((503, Expired), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task A_numeric_json_timestamp_is_accepted()
    {
        var client = _host.Client();
        var data = _host.Data(("timestamp", _host.Clock.GetUtcNow().ToUnixTimeSeconds()));

        Assert.Equal(200, (await client.PostAsync(data, client.Sign(data))).Code);
    }

    [Fact]
    public async Task A_signed_request_expires_when_server_time_moves_on()
    {
        var client = _host.Client();
        var data = _host.Data();
        var sign = client.Sign(data);
        Assert.Equal(200, (await client.PostAsync(data, sign)).Code);

        _host.Clock.Advance(TimeSpan.FromSeconds(601));

        var reply = await client.PostAsync(data, sign);
        Assert.Equal((503, Expired), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task The_window_is_configurable()
    {
        await using var strict = new GatewayHost(new() { ["Yaf:TimestampWindow"] = "00:01:00" });
        var client = strict.Client();
        var now = strict.Clock.GetUtcNow().ToUnixTimeSeconds();

        Assert.Equal(200, (await client.CallAsync("test.echo", timestamp: now - 59)).Code);
        Assert.Equal(503, (await client.CallAsync("test.echo", timestamp: now - 61)).Code);
        Assert.Equal(503, (await client.CallAsync("test.echo", timestamp: now + 61)).Code);
    }

    [Fact]
    public async Task The_documented_example_time_is_accepted_when_the_clock_says_so()
    {
        _host.Clock.Set(DateTimeOffset.FromUnixTimeSeconds(1493898621));
        var client = _host.Client();

        var reply = await client.CallAsync("test.echo", timestamp: long.Parse("1493898100", CultureInfo.InvariantCulture));

        Assert.Equal(200, reply.Code);
    }
}
