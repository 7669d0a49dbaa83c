using ApiHost.Protocols.Yaf;

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
}
