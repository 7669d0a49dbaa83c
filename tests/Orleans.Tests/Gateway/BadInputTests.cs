using System.Net.Http.Headers;
using System.Text;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Gateway;

/// <summary>Hostile or sloppy input gets a clean code: parameters of the wrong type name the parameter (503), unknown
/// fields are ignored, huge or broken text never produces a 500 or leaks details.</summary>
public sealed class BadInputTests(BadInputTests.Host host) : IClassFixture<BadInputTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public GatewayHost Gateway { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Gateway.DisposeAsync();
    }

    [Fact]
    public async Task Typed_parameters_bind_and_numbers_may_be_strings()
    {
        var reply = await host.Gateway.Client().CallAsync("test.typed", new { number = "12", name = "n", flag = true, ids = new[] { 1, 2 } });

        Assert.Equal(200, reply.Code);
        Assert.Equal("12", reply.Str("number"));
    }

    [Theory]
    [InlineData("{\"number\":\"abc\",\"name\":\"n\"}", "number")]
    [InlineData("{\"number\":1.5,\"name\":\"n\"}", "number")]
    [InlineData("{\"number\":1e30,\"name\":\"n\"}", "number")]
    [InlineData("{\"number\":{},\"name\":\"n\"}", "number")]
    [InlineData("{\"number\":[1],\"name\":\"n\"}", "number")]
    [InlineData("{\"number\":true,\"name\":\"n\"}", "number")]
    [InlineData("{\"name\":\"n\"}", "number")]
    [InlineData("{\"number\":1}", "name")]
    [InlineData("{\"number\":1,\"name\":null}", "name")]
    [InlineData("{\"number\":1,\"name\":{\"a\":1}}", "name")]
    [InlineData("{\"number\":1,\"name\":5}", "name")]
    [InlineData("{\"number\":1,\"name\":\"n\",\"flag\":\"yes\"}", "flag")]
    [InlineData("{\"number\":1,\"name\":\"n\",\"ids\":[\"x\"]}", "ids")]
    [InlineData("{\"number\":1,\"name\":\"n\",\"ids\":5}", "ids")]
    public async Task A_parameter_of_the_wrong_type_or_missing_answers_503_naming_it(string parameters, string name)
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data(("method", "test.typed"))[..^1] + "," + parameters[1..];

        var reply = await client.PostAsync(data, client.Sign(data));

        Assert.Equal((200, 503), (reply.HttpStatus, reply.Code));
        Assert.Contains($"参数 {name} ", reply.Msg, StringComparison.Ordinal);
        Assert.Null(reply.Data);
    }

    [Fact]
    public async Task Unknown_fields_are_ignored()
    {
        var reply = await host.Gateway.Client().CallAsync("test.echo", new { text = "t", surprise = new { deep = new[] { 1, 2 } }, another = (string?)null });

        Assert.Equal((200, "t"), (reply.Code, reply.Str("text")));
    }

    [Fact]
    public async Task A_huge_string_within_the_body_limit_is_handled()
    {
        // Url-encoded, each of these characters takes 9 bytes: about 45 KB of the 64 KB form limit.
        var text = string.Concat(Enumerable.Repeat("长", 2000)) + new string('x', 25000);

        var reply = await host.Gateway.Client().CallAsync("test.echo", new { text });

        Assert.Equal((200, text), (reply.Code, reply.Str("text")));
    }

    [Fact]
    public async Task A_huge_number_literal_answers_503_naming_the_parameter()
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data()[..^1] + ",\"number\":" + new string('9', 5000) + "}";

        var reply = await client.PostAsync(data, client.Sign(data));

        Assert.Equal(503, reply.Code);
        Assert.Contains("number", reply.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_in_the_form_answers_a_clean_503()
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data(("text", "ok"));
        var broken = Encoding.UTF8.GetBytes(data).ToList();
        broken.InsertRange(broken.Count - 5, new byte[] { 0xFF, 0xFE, 0xC3 });
        var percentEncoded = "data=" + string.Concat(broken.Select(b => $"%{b:X2}")) + "&sign=" + client.Sign(data);
        var raw = Encoding.ASCII.GetBytes("data=").Concat(broken).Concat(Encoding.ASCII.GetBytes("&sign=" + client.Sign(data))).ToArray();

        foreach (var body in new[] { Encoding.ASCII.GetBytes(percentEncoded), raw })
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            var reply = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/") { Content = content });

            Assert.Equal((200, 503), (reply.HttpStatus, reply.Code));
        }
    }

    [Fact]
    public async Task Control_characters_and_nul_in_values_are_plain_text()
    {
        var reply = await host.Gateway.Client().CallAsync("test.echo", new { text = "a\0b\u0001\u2028c" });

        Assert.Equal((200, "a\0b\u0001\u2028c"), (reply.Code, reply.Str("text")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01E62683A5D2B7CD901F5F98C08F10E")]
    [InlineData("01E62683A5D2B7CD901F5F98C08F10EF0")]
    [InlineData("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")]
    [InlineData("éééééééééééééééééééééééééééééééé")]
    public async Task A_missing_or_malformed_sign_answers_503(string? sign)
    {
        var client = host.Gateway.Client();

        var reply = await client.PostAsync(host.Gateway.Data(), sign);

        Assert.Equal((200, 503, "API signature error"), (reply.HttpStatus, reply.Code, reply.Msg));
    }

    [Fact]
    public async Task No_answer_to_bad_input_carries_exception_details()
    {
        var client = host.Gateway.Client();
        string[] inputs = ["{", "[]", host.Gateway.Data(("method", "test.typed"), ("number", "x")), host.Gateway.Data(("timestamp", "x"))];

        foreach (var data in inputs)
        {
            var reply = await client.PostAsync(data, client.Sign(data));

            Assert.Equal(200, reply.HttpStatus);
            Assert.DoesNotContain("Exception", reply.Msg, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", reply.Msg, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", reply.Msg, StringComparison.Ordinal);
        }
    }
}
