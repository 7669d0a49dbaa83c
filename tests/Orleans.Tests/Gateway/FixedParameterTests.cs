using Orleans.Tests.TestKit;

namespace Orleans.Tests.Gateway;

/// <summary>Check 1 (section 1.5): data must be a JSON object carrying method, v, appid and timestamp.</summary>
public sealed class FixedParameterTests(FixedParameterTests.Host host) : IClassFixture<FixedParameterTests.Host>
{
    private const string DataMessage = "data 参数缺失或不是 JSON 对象";

    public sealed class Host : IAsyncLifetime
    {
        public GatewayHost Gateway { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Gateway.DisposeAsync();
    }

    [Fact]
    public async Task A_well_formed_call_succeeds()
    {
        var client = host.Gateway.Client();

        var reply = await client.CallAsync("test.echo", new { text = "你好", number = 7 });

        Assert.Equal((200, 200), (reply.HttpStatus, reply.Code));
        Assert.Equal("你好", reply.Str("text"));
        Assert.Equal("7", reply.Str("number"));
    }

    [Fact]
    public async Task Missing_data_answers_503()
    {
        var client = host.Gateway.Client();

        var reply = await client.PostAsync(null, client.Sign(string.Empty));

        Assert.Equal((200, 503, DataMessage), (reply.HttpStatus, reply.Code, reply.Msg));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not json")]
    [InlineData("{\"method\":")]
    [InlineData("{\"method\":\"test.echo\",}")]
    [InlineData("{\"method\":\"test.echo\" /* comment */}")]
    [InlineData("[1,2,3]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("true")]
    public async Task Data_that_is_not_a_json_object_answers_503(string data)
    {
        var client = host.Gateway.Client();

        var reply = await client.PostAsync(data, client.Sign(data));

        Assert.Equal((200, 503, DataMessage), (reply.HttpStatus, reply.Code, reply.Msg));
        Assert.Null(reply.Data);
    }

    [Fact]
    public async Task Data_nested_deeper_than_the_limit_answers_503()
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data()[..^1] + ",\"deep\":" + new string('[', 40) + new string(']', 40) + "}";

        var reply = await client.PostAsync(data, client.Sign(data));

        Assert.Equal((200, 503, DataMessage), (reply.HttpStatus, reply.Code, reply.Msg));
    }

    [Theory]
    [InlineData("method", 504)]
    [InlineData("v", 505)]
    [InlineData("appid", 506)]
    [InlineData("timestamp", 507)]
    public async Task A_missing_fixed_parameter_answers_its_code(string field, int code)
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data((field, null));

        var reply = await client.PostAsync(data, client.Sign(data));

        Assert.Equal((200, code), (reply.HttpStatus, reply.Code));
        Assert.Null(reply.Data);
    }

    [Theory]
    [InlineData("method", 504)]
    [InlineData("v", 505)]
    [InlineData("appid", 506)]
    [InlineData("timestamp", 507)]
    public async Task An_empty_fixed_parameter_answers_its_code(string field, int code)
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data((field, string.Empty));

        Assert.Equal(code, (await client.PostAsync(data, client.Sign(data))).Code);
    }

    [Theory]
    [InlineData("method", 504)]
    [InlineData("v", 505)]
    [InlineData("appid", 506)]
    [InlineData("timestamp", 507)]
    public async Task A_fixed_parameter_of_a_non_scalar_type_counts_as_missing(string field, int code)
    {
        var client = host.Gateway.Client();
        var asObject = host.Gateway.Data((field, new { nested = "x" }));
        var asArray = host.Gateway.Data((field, new[] { "test.echo" }));
        var asBoolean = host.Gateway.Data((field, true));

        Assert.Equal(code, (await client.PostAsync(asObject, client.Sign(asObject))).Code);
        Assert.Equal(code, (await client.PostAsync(asArray, client.Sign(asArray))).Code);
        Assert.Equal(code, (await client.PostAsync(asBoolean, client.Sign(asBoolean))).Code);
    }

    [Fact]
    public async Task A_json_null_fixed_parameter_counts_as_missing()
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data()[..^1] + ",\"method\":null}";
        data = data.Replace("\"method\":\"test.echo\",", string.Empty, StringComparison.Ordinal);

        Assert.Equal(504, (await client.PostAsync(data, client.Sign(data))).Code);
    }

    [Fact]
    public async Task No_handler_for_the_method_or_its_version_answers_509()
    {
        var client = host.Gateway.Client();

        Assert.Equal(509, (await client.CallAsync("no.such.method")).Code);
        Assert.Equal(509, (await client.CallAsync("test.echo", version: "9.9.9")).Code);
        Assert.Equal(509, (await client.CallAsync("TEST.ECHO")).Code);
    }

    [Fact]
    public async Task The_api_path_is_the_same_gateway()
    {
        var client = host.Gateway.Client();

        Assert.Equal(200, (await client.CallAsync("test.echo", path: "/api")).Code);
        Assert.Equal(509, (await client.CallAsync("no.such.method", path: "/api")).Code);
    }
}
