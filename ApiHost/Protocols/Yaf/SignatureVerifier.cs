using System.Security.Cryptography;
using System.Text;

namespace ApiHost.Protocols.Yaf;

/// <summary>sign = upper-case hex MD5 of (data exactly as received + the appid's secret). MD5 is the protocol's
/// choice, kept for compatibility; the comparison is constant-time so timing reveals nothing about the expected sign.</summary>
public static class SignatureVerifier
{
    public static string Compute(string data, string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(data + secret);
        return Convert.ToHexString(MD5.HashData(bytes));
    }

    public static bool Verify(string data, string secret, string? sign)
    {
        if (sign is not { Length: 32 })
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(data, secret));
        var given = Encoding.ASCII.GetBytes(sign.ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
