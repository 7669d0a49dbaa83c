using System.Globalization;
using System.Security.Cryptography;

namespace Orleans.Grains.Identity;

/// <summary>Session tokens: 128 random bits as 32 hex digits, followed by the user id in hex, so a token leads
/// straight to its user grain. Only a hash of the token is stored.</summary>
public static class SessionToken
{
    private const int SecretHexLength = 32;

    public static string Create(long userId) =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretHexLength / 2)) + userId.ToString("x", CultureInfo.InvariantCulture);

    public static bool TryGetUserId(string? token, out long userId)
    {
        userId = 0;
        return token is { Length: > SecretHexLength and <= SecretHexLength + 16 } &&
               token.AsSpan(0, SecretHexLength).ContainsAnyExcept("0123456789abcdef") is false &&
               long.TryParse(token.AsSpan(SecretHexLength), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out userId) &&
               userId > 0;
    }

    /// <summary>What is stored instead of the token: SHA-256, hex.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
