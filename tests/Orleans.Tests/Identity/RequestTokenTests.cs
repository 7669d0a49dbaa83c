using Orleans.Grains.Identity;

namespace Orleans.Tests.Identity;

public sealed class RequestTokenTests
{
    private const string Mobile = "18600001111";

    [Fact]
    public async Task Issues_1_to_5_tokens_as_token_and_tokens()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        var (_, token) = await host.RegisterAsync(client, Mobile);

        var reply = await client.CallAsync("system.request.token", new { token, number = 3 });

        Assert.Equal(200, reply.Code);
        var tokens = reply.Data!.Value.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToList();
        Assert.Equal(3, tokens.Count);
        Assert.Equal(tokens[0], reply.Str("token"));
        Assert.All(tokens, t => Assert.Matches("^[0-9a-f]{32}$", t));
        Assert.Equal(3, tokens.Distinct().Count());
        Assert.Equal(200, (await client.CallAsync("system.request.token", new { token, number = "1" })).Code);
        Assert.Equal(200, (await client.CallAsync("system.request.token", new { token, number = 5 })).Code);
    }

    [Fact]
    public async Task Number_outside_1_to_5_answers_503_and_no_login_602()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        var (_, token) = await host.RegisterAsync(client, Mobile);

        Assert.Equal(503, (await client.CallAsync("system.request.token", new { token, number = 0 })).Code);
        Assert.Equal(503, (await client.CallAsync("system.request.token", new { token, number = 6 })).Code);
        Assert.Equal(503, (await client.CallAsync("system.request.token", new { token })).Code);
        Assert.Equal(503, (await client.CallAsync("system.request.token", new { token, number = "many" })).Code);
        Assert.Equal(602, (await client.CallAsync("system.request.token", new { number = 1 })).Code);
    }

    [Fact]
    public async Task A_token_is_consumed_exactly_once_under_50_concurrent_calls()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        var (userId, token) = await host.RegisterAsync(client, Mobile);
        var tokens = (await client.CallAsync("system.request.token", new { token, number = 2 }))
            .Data!.Value.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToList();
        var grain = host.Grains.GetGrain<IRequestTokenGrain>(userId);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => grain.Consume(tokens[0])));

        Assert.Single(results, r => r);
        Assert.True(await grain.Consume(tokens[1]));
        Assert.False(await grain.Consume(tokens[1]));
        Assert.False(await host.Grains.GetGrain<IRequestTokenGrain>(userId + 1).Consume(tokens[0]));
    }

    [Fact]
    public async Task Tokens_belong_to_their_user_and_expire_after_30_minutes()
    {
        await using var host = new IdentityHost();
        var client = host.Client();
        var (userId, token) = await host.RegisterAsync(client, Mobile);
        var (otherId, _) = await host.RegisterAsync(client, "18600002222");
        var issued = (await client.CallAsync("system.request.token", new { token, number = 2 }))
            .Data!.Value.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToList();
        var grain = host.Grains.GetGrain<IRequestTokenGrain>(userId);

        Assert.False(await host.Grains.GetGrain<IRequestTokenGrain>(otherId).Consume(issued[0]));
        host.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        Assert.True(await grain.Consume(issued[0]));
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(await grain.Consume(issued[1]));
    }

    [Fact]
    public async Task Outstanding_tokens_are_bounded_by_dropping_the_oldest()
    {
        await using var host = new IdentityHost(new() { ["RequestToken:MaxOutstanding"] = "6" });
        var grain = host.Grains.GetGrain<IRequestTokenGrain>(42);

        var first = await grain.Issue(5);
        var second = await grain.Issue(5);

        Assert.False(await grain.Consume(first[0]));
        Assert.False(await grain.Consume(first[3]));
        Assert.True(await grain.Consume(first[4]));
        foreach (var token in second)
        {
            Assert.True(await grain.Consume(token));
        }
    }

    [Fact]
    public async Task Malformed_tokens_are_refused()
    {
        await using var host = new IdentityHost();
        var grain = host.Grains.GetGrain<IRequestTokenGrain>(7);
        var issued = await grain.Issue(1);

        Assert.False(await grain.Consume(string.Empty));
        Assert.False(await grain.Consume(issued[0].ToUpperInvariant()));
        Assert.False(await grain.Consume(issued[0] + "0"));
        Assert.True(await grain.Consume(issued[0]));
    }
}
