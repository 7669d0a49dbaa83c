using ApiHost.Protocols.Yaf;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Gateway;

public sealed class SignatureTests
{
    private const string VectorData =
        """{"method":"user.login","v":"1.0.0","appid":"ios_app_id","timestamp":"1493898621","unique_id":"68f66b5b72b864dd389748bffe112f4f","username":"18575202691","password":"123456"}""";

    [Fact]
    public void The_documented_test_vector_signs_as_in_section_1_4_1()
    {
        Assert.Equal("01E62683A5D2B7CD901F5F98C08F10EF", SignatureVerifier.Compute(VectorData, "7512100214f62d7de8ba01b281d6da02"));
    }

    [Theory]
    [InlineData("01E62683A5D2B7CD901F5F98C08F10EF", true)]
    [InlineData("01e62683a5d2b7cd901f5f98c08f10ef", true)]
    [InlineData("01E62683A5D2B7CD901F5F98C08F10EE", false)]
    [InlineData("01E62683A5D2B7CD901F5F98C08F10E", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Verification_accepts_only_the_exact_signature(string? sign, bool valid)
    {
        Assert.Equal(valid, SignatureVerifier.Verify(VectorData, "7512100214f62d7de8ba01b281d6da02", sign));
    }

    [Fact]
    public void Data_is_hashed_as_received_so_reformatted_json_fails()
    {
        var reformatted = VectorData.Replace(",", ", ", StringComparison.Ordinal);

        Assert.False(SignatureVerifier.Verify(reformatted, "7512100214f62d7de8ba01b281d6da02", "01E62683A5D2B7CD901F5F98C08F10EF"));
    }

    [Fact]
    public async Task The_test_vector_passes_the_whole_pipeline_at_its_own_time()
    {
        await using var host = new GatewayHost();
        host.Clock.Set(DateTimeOffset.FromUnixTimeSeconds(1493898621));
        var client = host.Client();

        var reply = await client.PostAsync(VectorData, "01E62683A5D2B7CD901F5F98C08F10EF");

        Assert.Equal((200, 200, "probe"), (reply.HttpStatus, reply.Code, reply.Msg));
        Assert.Equal("18575202691", reply.Str("username"));
    }

    [Fact]
    public async Task Through_http_the_vector_fails_when_sign_data_or_time_differ()
    {
        await using var host = new GatewayHost();
        host.Clock.Set(DateTimeOffset.FromUnixTimeSeconds(1493898621));
        var client = host.Client();

        var lowerCase = await client.PostAsync(VectorData, "01e62683a5d2b7cd901f5f98c08f10ef");
        var wrongSign = await client.PostAsync(VectorData, "01E62683A5D2B7CD901F5F98C08F10EE");
        var reformatted = await client.PostAsync(VectorData.Replace(",", ", ", StringComparison.Ordinal), "01E62683A5D2B7CD901F5F98C08F10EF");
        host.Clock.Set(DateTimeOffset.UtcNow);
        var late = await client.PostAsync(VectorData, "01E62683A5D2B7CD901F5F98C08F10EF");

        Assert.Equal(200, lowerCase.Code);
        Assert.Equal((503, "API signature error"), (wrongSign.Code, wrongSign.Msg));
        Assert.Equal((503, "API signature error"), (reformatted.Code, reformatted.Msg));
        Assert.Equal((503, "请求已过期，请校准手机时间"), (late.Code, late.Msg));
    }

    [Fact]
    public async Task Signed_bytes_are_the_utf8_of_the_data_text()
    {
        await using var host = new GatewayHost();
        var client = host.Client();
        var data = host.Data(("text", "中文 émoji 😀"));

        var reply = await client.PostAsync(data, client.Sign(data));

        Assert.Equal((200, "中文 émoji 😀"), (reply.Code, reply.Str("text")));
    }
}
