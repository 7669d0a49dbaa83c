using System.Security.Cryptography;

namespace Bench.Alternatives.Identity;

public static class SecureToken
{
    /// <summary>128 random bits as 32 hex digits.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A 6-digit SMS code.</summary>
    public static string SmsCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
