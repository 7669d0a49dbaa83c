using Orleans.Grains.Identity;

namespace Orleans.Tests.Identity;

public sealed class DurabilityTests
{
    [Fact]
    public async Task Users_sessions_lockouts_and_request_tokens_survive_a_restart_on_sqlite()
    {
        const string user = "13512345678";
        const string locked = "13587654321";
        var clock = IdentityHost.NewClock();
        string dataDirectory, token;
        long userId;
        IReadOnlyList<string> requestTokens;
        await using (var first = new IdentityHost(provider: "Sqlite", clock: clock))
        {
            dataDirectory = first.DataDirectory;
            var client = first.Client();
            (userId, token) = await first.RegisterAsync(client, user);
            await first.RegisterAsync(client, locked);
            for (var i = 0; i < 5; i++)
            {
                await first.LoginAsync(client, locked, "wrong_pwd");
            }

            Assert.Equal(607, (await first.LoginAsync(client, locked)).Code);
            requestTokens = await first.Grains.GetGrain<IRequestTokenGrain>(userId).Issue(2);
            Assert.True(await first.Grains.GetGrain<IRequestTokenGrain>(userId).Consume(requestTokens[0]));
        }

        await using var second = new IdentityHost(provider: "Sqlite", dataDirectory: dataDirectory, clock: clock);
        var again = second.Client();

        var detail = await again.CallAsync("user.detail", new { token });
        Assert.Equal(200, detail.Code);
        Assert.Equal(user, detail.Str("mobile"));
        Assert.Equal(607, (await second.LoginAsync(again, locked)).Code);
        Assert.Equal(200, (await second.LoginAsync(again, user)).Code);
        Assert.Equal(603, (await again.CallAsync("user.detail", new { token })).Code);
        Assert.Equal(604, (await again.CallAsync("user.register", new { mobile = user, password = "secret_123", code = "123456" })).Code);
        var tokens = second.Grains.GetGrain<IRequestTokenGrain>(userId);
        Assert.False(await tokens.Consume(requestTokens[0]));
        Assert.True(await tokens.Consume(requestTokens[1]));

        clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(200, (await second.LoginAsync(again, locked)).Code);
    }
}
