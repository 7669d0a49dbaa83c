using System.Security.Cryptography;
using System.Text;

namespace Orleans.Grains.Admin;

/// <summary>Admin session tokens: 256 random bits, base64url (43 characters). The session grain is keyed by the
/// token's SHA-256, so storage never holds a usable token.</summary>
public static class AdminSessionToken
{
    /// <summary>Longer inputs are refused before hashing or touching a grain.</summary>
    public const int MaxLength = 128;

    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
