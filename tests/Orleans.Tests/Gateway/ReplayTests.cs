namespace Orleans.Tests.Gateway;

/// <summary>Check 8: a write method's (appid, sign) is accepted once within the timestamp window; reads may repeat.</summary>
public sealed class ReplayTests : IAsyncLifetime
{
    private const string Replayed = "请求重复，请勿重复提交";
    private readonly GatewayHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_replayed_write_answers_503_and_runs_once()
    {
        var client = _host.Client();
        var data = _host.Data(("method", "test.write"));
        var sign = client.Sign(data);

        var first = await client.PostAsync(data, sign);
        var second = await client.PostAsync(data, sign);

        Assert.Equal(200, first.Code);
        Assert.Equal((503, Replayed), (second.Code, second.Msg));
        Assert.Equal(1, _host.Writes.Runs);
    }

    [Fact]
    public async Task The_sign_in_lower_case_is_the_same_sign()
    {
        var client = _host.Client();
        var data = _host.Data(("method", "test.write"));
        var sign = client.Sign(data);

        Assert.Equal(200, (await client.PostAsync(data, sign.ToLowerInvariant())).Code);
        Assert.Equal(503, (await client.PostAsync(data, sign)).Code);
    }

    [Fact]
    public async Task Concurrent_duplicates_of_a_write_run_exactly_once()
    {
        var client = _host.Client();
        var data = _host.Data(("method", "test.write"));
        var sign = client.Sign(data);

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostAsync(data, sign)));

        Assert.Single(replies, r => r.Code == 200);
        Assert.All(replies.Where(r => r.Code != 200), r => Assert.Equal(Replayed, r.Msg));
        Assert.Equal(1, _host.Writes.Runs);
    }

    [Fact]
    public async Task A_read_may_be_repeated()
    {
        var client = _host.Client();
        var data = _host.Data();
        var sign = client.Sign(data);

        Assert.Equal(200, (await client.PostAsync(data, sign)).Code);
        Assert.Equal(200, (await client.PostAsync(data, sign)).Code);
    }

    [Fact]
    public async Task Distinct_writes_are_each_accepted()
    {
        var client = _host.Client();

        Assert.Equal(200, (await client.CallAsync("test.write")).Code);
        Assert.Equal(200, (await client.CallAsync("test.write")).Code);
        Assert.Equal(2, _host.Writes.Runs);
    }

    [Fact]
    public async Task After_the_window_a_replay_is_refused_as_expired()
    {
        var client = _host.Client();
        var data = _host.Data(("method", "test.write"));
        var sign = client.Sign(data);
        Assert.Equal(200, (await client.PostAsync(data, sign)).Code);

        _host.Clock.Advance(TimeSpan.FromSeconds(1300));

        Assert.Equal((503, "请求已过期，请校准手机时间"), Of(await client.PostAsync(data, sign)));
        Assert.Equal(1, _host.Writes.Runs);
    }

    private static (int, string) Of(TestKit.YafReply reply) => (reply.Code, reply.Msg);
}
