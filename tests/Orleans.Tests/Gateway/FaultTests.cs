using Microsoft.Extensions.Logging;
using Orleans.Tests.Gateway.Probes;

namespace Orleans.Tests.Gateway;

/// <summary>An unexpected fault in a handler, or data that cannot be written, answers 500 with a generic message and
/// is logged with its details; nothing of it reaches the client.</summary>
public sealed class FaultTests : IAsyncLifetime
{
    private const string Generic = "服务器繁忙，请稍后再试";
    private readonly GatewayHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_crashing_handler_answers_500_generic_and_is_logged()
    {
        var client = _host.Client();
        var data = _host.Data(("method", "test.crash"));

        var reply = await client.PostAsync(data, client.Sign(data));
        var body = await RawAsync(data, client.Sign(data));

        Assert.Equal((200, 500, Generic), (reply.HttpStatus, reply.Code, reply.Msg));
        Assert.Null(reply.Data);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.Contains(_host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == CrashProbeHandler.Secret);
    }

    [Fact]
    public async Task Data_that_fails_serialization_answers_500_generic_and_is_logged()
    {
        var client = _host.Client();
        var data = _host.Data(("method", "test.unwritable"));

        var body = await RawAsync(data, client.Sign(data));
        var reply = await client.CallAsync("test.unwritable");

        Assert.Equal((200, 500, Generic), (reply.HttpStatus, reply.Code, reply.Msg));
        Assert.DoesNotContain("secret-note", body, StringComparison.Ordinal);
        Assert.StartsWith("{\"code\":500,", body, StringComparison.Ordinal);
        Assert.Contains(_host.Log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("test.unwritable", StringComparison.Ordinal) && e.Exception is not null);
    }

    [Fact]
    public async Task A_business_error_is_not_logged_as_a_fault()
    {
        await _host.Client("192.0.2.1").CallAsync("test.fail");

        Assert.DoesNotContain(_host.Log.Entries, e => e.Level >= LogLevel.Error);
    }

    private async Task<string> RawAsync(string data, string sign)
    {
        using var response = await _host.Factory.CreateClient().PostAsync("/", new FormUrlEncodedContent([new("data", data), new("sign", sign)]));
        return await response.Content.ReadAsStringAsync();
    }
}
