using Orleans.Tests.Gateway.Probes;

namespace Orleans.Tests.Gateway;

/// <summary>Temporary IP ban (510): 50 failures of a counting method within 30 minutes ban that address from those
/// methods for 30 minutes; other addresses and other methods are unaffected.</summary>
public sealed class IpBanTests : IAsyncLifetime
{
    private readonly GatewayHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Fifty_failures_ban_the_address()
    {
        var client = _host.Client("198.51.100.10");
        for (var i = 0; i < 49; i++)
        {
            Assert.Equal((503, FailingProbeHandler.Message), Of(await client.CallAsync("test.fail")));
        }

        Assert.Equal((503, FailingProbeHandler.Message), Of(await client.CallAsync("test.fail")));

        var banned = await client.CallAsync("test.fail");
        Assert.Equal(510, banned.Code);
        Assert.Null(banned.Data);
    }

    [Fact]
    public async Task The_ban_is_per_address_and_per_counting_method()
    {
        await FailAsync("198.51.100.11", 50);

        Assert.Equal(510, (await _host.Client("198.51.100.11").CallAsync("test.fail")).Code);
        Assert.Equal(503, (await _host.Client("198.51.100.12").CallAsync("test.fail")).Code);
        Assert.Equal(200, (await _host.Client("198.51.100.11").CallAsync("test.echo")).Code);
    }

    [Fact]
    public async Task The_ban_ends_after_30_minutes_and_refused_calls_do_not_extend_it()
    {
        await FailAsync("198.51.100.13", 50);
        var client = _host.Client("198.51.100.13");

        _host.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(510, (await client.CallAsync("test.fail")).Code);
        _host.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        Assert.Equal((503, FailingProbeHandler.Message), Of(await client.CallAsync("test.fail")));
    }

    [Fact]
    public async Task Failures_older_than_30_minutes_do_not_count()
    {
        await FailAsync("198.51.100.14", 49);
        _host.Clock.Advance(TimeSpan.FromMinutes(30));
        await FailAsync("198.51.100.14", 1);

        Assert.Equal(503, (await _host.Client("198.51.100.14").CallAsync("test.fail")).Code);
    }

    [Fact]
    public async Task Refusals_before_the_handler_do_not_count()
    {
        var client = _host.Client("198.51.100.15");
        for (var i = 0; i < 50; i++)
        {
            var data = _host.Data(("method", "test.fail"));
            Assert.Equal("API signature error", (await client.PostAsync(data, new string('A', 32))).Msg);
        }

        Assert.Equal(503, (await client.CallAsync("test.fail")).Code);
    }

    [Fact]
    public async Task The_threshold_is_configurable()
    {
        await using var strict = new GatewayHost(new() { ["IpGuard:FailuresToBan"] = "3" });
        var client = strict.Client("198.51.100.16");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(503, (await client.CallAsync("test.fail")).Code);
        }

        Assert.Equal(510, (await client.CallAsync("test.fail")).Code);
    }

    private async Task FailAsync(string ip, int times)
    {
        var client = _host.Client(ip);
        for (var i = 0; i < times; i++)
        {
            Assert.Equal(503, (await client.CallAsync("test.fail")).Code);
        }
    }

    private static (int, string) Of(TestKit.YafReply reply) => (reply.Code, reply.Msg);
}
