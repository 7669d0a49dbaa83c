using System.Text.Json;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tests.LoadTest;

public sealed class SignerTests
{
    private const string Secret = "7512100214f62d7de8ba01b281d6da02";

    [Fact]
    public void The_seed_test_vector_of_section_1_4_1_signs_as_documented()
    {
        const string data = """{"method":"user.login","v":"1.0.0","appid":"ios_app_id","timestamp":"1493898621","unique_id":"68f66b5b72b864dd389748bffe112f4f","username":"18575202691","password":"123456"}""";
        Assert.Equal("01E62683A5D2B7CD901F5F98C08F10EF", YafSigner.Sign(data, Secret));
    }

    [Fact]
    public void Data_is_compact_json_with_fixed_parameters_first_then_business_parameters_in_order()
    {
        var data = YafSigner.BuildData("seckill.buy", "ios_app_id", 1493898621, "dev1", "n1", [new("token", "t"), new("seckill_id", 12L), new("quantity", 2)]);
        Assert.Equal(
            """{"method":"seckill.buy","v":"1.0.0","appid":"ios_app_id","timestamp":"1493898621","unique_id":"dev1","platform":1,"app_v":"1.0.0","channel":"","device_token":"","nonce":"n1","token":"t","seckill_id":12,"quantity":2}""",
            data);
    }

    [Fact]
    public void The_signature_matches_the_hosts_verifier_for_built_data()
    {
        var data = YafSigner.BuildData("user.address.add", "ios_app_id", 1700000000, "d", YafSigner.NewNonce(), [new("receiver_name", "压测用户"), new("address", "科技园 \"1\" 号")]);
        Assert.True(ApiHost.Protocols.Yaf.SignatureVerifier.Verify(data, Secret, YafSigner.Sign(data, Secret)));
        // Chinese text goes out as is; quotes are still escaped, so the data stays valid JSON.
        Assert.Contains("压测用户", data, StringComparison.Ordinal);
        Assert.Equal("科技园 \"1\" 号", JsonDocument.Parse(data).RootElement.GetProperty("address").GetString());
    }

    [Fact]
    public void Every_request_differs_through_its_nonce_so_the_replay_guard_never_refuses_a_load_write()
    {
        var first = YafSigner.BuildData("seckill.buy", "a", 1700000000, "d", YafSigner.NewNonce(), []);
        var second = YafSigner.BuildData("seckill.buy", "a", 1700000000, "d", YafSigner.NewNonce(), []);
        Assert.NotEqual(YafSigner.Sign(first, Secret), YafSigner.Sign(second, Secret));
        Assert.Matches("^[0-9a-f]{32}$", YafSigner.NewNonce());
    }

    [Fact]
    public void A_parameter_of_an_unsupported_type_is_refused()
    {
        Assert.Throws<ArgumentException>(() => YafSigner.BuildData("m", "a", 1, "d", "n", [new("when", DateTime.UtcNow)]));
    }
}
