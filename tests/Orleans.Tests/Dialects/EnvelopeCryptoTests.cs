using System.Security.Cryptography;
using System.Text;
using ApiHost.Protocols.Envelope;

namespace Orleans.Tests.Dialects;

/// <summary>The ciphers and signatures of seed 004 against published test vectors and tampering.</summary>
public sealed class EnvelopeCryptoTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex);

    [Fact]
    public void Sm4_block_matches_the_example_of_GB_T_32907_2016()
    {
        var key = Hex("0123456789abcdeffedcba9876543210");

        var cipher = Sm4Block.Encrypt(key, key);

        Assert.Equal("681EDF34D206965E86B3E94F536E4246", Convert.ToHexString(cipher));
        Assert.Equal(key, Sm4Block.Decrypt(key, cipher));
    }

    [Fact]
    public void Aes256_gcm_matches_the_gcm_specification_test_cases_14_and_16()
    {
        var (c14, t14) = EnvelopeCipher.Seal(EnvelopeCipherKind.Aes256Gcm, new byte[32], new byte[12], new byte[16], []);
        Assert.Equal("CEA7403D4D606B6E074EC5D3BAF39D18", Convert.ToHexString(c14));
        Assert.Equal("D0D1C8A799996BF0265B98B5D48AB919", Convert.ToHexString(t14));

        var key = Hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        var nonce = Hex("cafebabefacedbaddecaf888");
        var plain = Hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        var aad = Hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        var (c16, t16) = EnvelopeCipher.Seal(EnvelopeCipherKind.Aes256Gcm, key, nonce, plain, aad);
        Assert.Equal("522DC1F099567D07F47F37A32A84427D643A8CDCBFE5C0C97598A2BD2555D1AA8CB08E48590DBB3DA7B08B1056828838C5F61E6393BA7A0ABCC9F662", Convert.ToHexString(c16));
        Assert.Equal("76FC6ECE0F4E1768CDDF8853BB2D551B", Convert.ToHexString(t16));
        Assert.Equal(plain, EnvelopeCipher.Open(EnvelopeCipherKind.Aes256Gcm, key, nonce, c16, t16, aad));
    }

    [Fact]
    public void Sm4_gcm_matches_the_test_vector_of_RFC_8998()
    {
        var key = Hex("0123456789ABCDEFFEDCBA9876543210");
        var nonce = Hex("00001234567800000000ABCD");
        var aad = Hex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
        var plain = Hex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDDEEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");

        var (cipher, tag) = EnvelopeCipher.Seal(EnvelopeCipherKind.Sm4Gcm, key, nonce, plain, aad);

        Assert.Equal("17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D", Convert.ToHexString(cipher));
        Assert.Equal("83DE3541E4C2B58177E065A9BF7B62EC", Convert.ToHexString(tag));
        Assert.Equal(plain, EnvelopeCipher.Open(EnvelopeCipherKind.Sm4Gcm, key, nonce, cipher, tag, aad));
    }

    [Theory]
    [InlineData(EnvelopeCipherKind.Aes256Gcm)]
    [InlineData(EnvelopeCipherKind.Sm4Gcm)]
    public void Messages_round_trip_and_any_change_of_content_key_or_serial_fails(EnvelopeCipherKind kind)
    {
        var key = RandomNumberGenerator.GetBytes(EnvelopeCipher.KeySize(kind));
        var serial = Encoding.UTF8.GetBytes("IMEI-120240101120000");
        var plain = Encoding.UTF8.GetBytes("{\"mobile\":\"13800000000\",\"昵称\":\"张三\"}");

        var content = EnvelopeCipher.Encrypt(kind, key, plain, serial);

        Assert.Equal(plain, EnvelopeCipher.Decrypt(kind, key, content, serial));
        Assert.NotEqual(content, EnvelopeCipher.Encrypt(kind, key, plain, serial)); // a fresh nonce each time
        var raw = Convert.FromBase64String(content);
        raw[^20] ^= 1;
        Assert.Null(EnvelopeCipher.Decrypt(kind, key, Convert.ToBase64String(raw), serial));
        Assert.Null(EnvelopeCipher.Decrypt(kind, RandomNumberGenerator.GetBytes(key.Length), content, serial));
        Assert.Null(EnvelopeCipher.Decrypt(kind, key, content, Encoding.UTF8.GetBytes("IMEI-220240101120000")));
        Assert.Null(EnvelopeCipher.Decrypt(kind, key, "not base64!", serial));
        Assert.Null(EnvelopeCipher.Decrypt(kind, key, "AAAA", serial));
    }

    [Theory]
    [InlineData("SHA256withRSA/AES")]
    [InlineData("MD5withRSA/AES")]
    public void Rsa_signatures_verify_with_the_key_and_fail_for_another_key_or_text(string signType)
    {
        using var key = RSA.Create(2048);
        using var other = RSA.Create(2048);
        var digest = EnvelopeSignType.Parse(signType)!.Digest;
        var text = EnvelopeSigner.RequestText("getUserInfo", "IMEI20240101120000", "token", "content");

        var signature = EnvelopeSigner.Sign(key, text, digest);

        Assert.True(EnvelopeSigner.Verify(key, text, signature, digest));
        Assert.False(EnvelopeSigner.Verify(other, text, signature, digest));
        Assert.False(EnvelopeSigner.Verify(key, EnvelopeSigner.RequestText("getUserInfo", "IMEI20240101120001", "token", "content"), signature, digest));
        Assert.False(EnvelopeSigner.Verify(key, text, signature, digest == HashAlgorithmName.MD5 ? HashAlgorithmName.SHA256 : HashAlgorithmName.MD5));
        Assert.False(EnvelopeSigner.Verify(key, text, "AAAA", digest));
        Assert.False(EnvelopeSigner.Verify(key, text, "%%%", digest));
    }
}
