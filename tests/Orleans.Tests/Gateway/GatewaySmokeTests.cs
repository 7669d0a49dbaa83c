using Orleans.Tests.TestKit;

namespace Orleans.Tests.Gateway;

public sealed class GatewaySmokeTests
{
    [Fact]
    public async Task Unknown_method_answers_509_and_unknown_appid_503()
    {
        await using var factory = new ApiHostFactory(new() { ["Storage:Provider"] = "Memory" });
        var client = new YafClient(factory.CreateClient());
        var stranger = new YafClient(factory.CreateClient(), "nobody_app_id", "0123456789abcdef0123");

        Assert.Equal(509, (await client.CallAsync("no.such.method")).Code);
        Assert.Equal(503, (await stranger.CallAsync("no.such.method")).Code);
    }

    [Fact]
    public async Task Get_answers_405()
    {
        await using var factory = new ApiHostFactory(new() { ["Storage:Provider"] = "Memory" });

        using var response = await factory.CreateClient().GetAsync("/api");

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
