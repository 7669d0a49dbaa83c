using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Gateway;

/// <summary>The HTTP side: POST only (405 otherwise), form bodies only, 413 above the size limits (64 KB form, 8 MB
/// multipart, both configurable), and malformed bodies answered with a clean code.</summary>
public sealed class TransportTests(TransportTests.Host host) : IClassFixture<TransportTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public GatewayHost Gateway { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Gateway.DisposeAsync();
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/api")]
    [InlineData("PUT", "/")]
    [InlineData("PUT", "/api")]
    [InlineData("DELETE", "/")]
    [InlineData("PATCH", "/api")]
    [InlineData("HEAD", "/")]
    [InlineData("OPTIONS", "/api")]
    public async Task Other_verbs_answer_405_allowing_post(string verb, string path)
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data();
        using var request = new HttpRequestMessage(new HttpMethod(verb), path)
        {
            Content = verb is "GET" or "HEAD" ? null : new FormUrlEncodedContent([new("data", data), new("sign", client.Sign(data))]),
        };

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_form_body_over_64_kb_answers_413()
    {
        var client = host.Gateway.Client();

        var justUnder = await client.CallAsync("test.echo", new { text = new string('x', 60 * 1024) });
        var over = await client.CallAsync("test.echo", new { text = new string('x', 64 * 1024) });

        Assert.Equal(200, justUnder.Code);
        Assert.Equal(413, over.HttpStatus);
    }

    [Fact]
    public async Task A_form_body_of_unknown_length_is_counted_too()
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data(("text", new string('x', 40 * 1024)));
        var body = $"data={Uri.EscapeDataString(data)}&sign={client.Sign(data)}&pad1={new string('y', 30 * 1024)}";
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var reply = await client.SendAsync(request);

        Assert.Equal(413, reply.HttpStatus);
    }

    [Fact]
    public async Task A_multipart_body_over_8_mb_answers_413_and_under_it_is_read()
    {
        var client = host.Gateway.Client();

        var under = await client.PostMultipartAsync("test.echo", null, ("attachment", "a.bin", new byte[7 * 1024 * 1024]));
        var over = await client.PostMultipartAsync("test.echo", null, ("attachment", "a.bin", new byte[8 * 1024 * 1024 + 1]));

        Assert.Equal((200, 200), (under.HttpStatus, under.Code));
        Assert.Equal(413, over.HttpStatus);
    }

    [Fact]
    public async Task The_limits_are_configurable()
    {
        await using var small = new GatewayHost(new() { ["Yaf:MaxFormBytes"] = "2048", ["Yaf:MaxMultipartBytes"] = "4096" });
        var client = small.Client();

        Assert.Equal(200, (await client.CallAsync("test.echo", new { text = new string('x', 1000) })).Code);
        Assert.Equal(413, (await client.CallAsync("test.echo", new { text = new string('x', 3000) })).HttpStatus);
        Assert.Equal(413, (await client.PostMultipartAsync("test.echo", null, ("attachment", "a.bin", new byte[5000]))).HttpStatus);
    }

    [Fact]
    public async Task Multipart_carries_data_and_sign_like_the_url_encoded_form()
    {
        var reply = await host.Gateway.Client().PostMultipartAsync("test.echo", new { text = "多部分" });

        Assert.Equal((200, "多部分"), (reply.Code, reply.Str("text")));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task A_body_that_is_not_a_form_answers_503(string? contentType)
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data();
        var content = new StringContent($"{{\"data\":{System.Text.Json.JsonSerializer.Serialize(data)},\"sign\":\"{client.Sign(data)}\"}}");
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);

        var reply = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/") { Content = content });

        Assert.Equal((200, 503), (reply.HttpStatus, reply.Code));
    }

    [Fact]
    public async Task A_multipart_body_without_boundary_answers_503()
    {
        var client = host.Gateway.Client();
        var content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n{}\r\n--x--\r\n");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var reply = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/") { Content = content });

        Assert.Equal((200, 503), (reply.HttpStatus, reply.Code));
    }

    [Fact]
    public async Task A_truncated_multipart_body_answers_503()
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data();
        var content = new StringContent($"--xyz\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n{data}\r\n--xyz\r\nContent-Disposition: form-data; name=\"sign\"\r\n\r\n{client.Sign(data)}");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        var reply = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/") { Content = content });

        Assert.Equal((200, 503), (reply.HttpStatus, reply.Code));
    }

    [Fact]
    public async Task Too_many_form_fields_answer_503()
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data();
        var fields = new List<KeyValuePair<string, string>> { new("data", data), new("sign", client.Sign(data)) };
        fields.AddRange(Enumerable.Range(0, 20).Select(i => new KeyValuePair<string, string>($"f{i}", "x")));

        var reply = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent(fields) });

        Assert.Equal((200, 503), (reply.HttpStatus, reply.Code));
    }

    [Fact]
    public async Task Repeated_data_or_sign_fields_answer_503()
    {
        var client = host.Gateway.Client();
        var data = host.Gateway.Data();
        var sign = client.Sign(data);

        var twoData = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new FormUrlEncodedContent([new("data", data), new("data", data), new("sign", sign)]),
        });
        var twoSigns = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new FormUrlEncodedContent([new("data", data), new("sign", sign), new("sign", sign)]),
        });

        Assert.Equal(503, twoData.Code);
        Assert.Equal((503, "API signature error"), (twoSigns.Code, twoSigns.Msg));
    }

    [Fact]
    public async Task Handlers_learn_the_scheme_and_host_the_client_called()
    {
        var http = host.Gateway.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://api.example.org:8443") });
        var client = new YafClient(http) { Clock = host.Gateway.Clock };

        var reply = await client.CallAsync("test.origin");

        Assert.Equal("https://api.example.org:8443", reply.Str("origin"));
    }
}
