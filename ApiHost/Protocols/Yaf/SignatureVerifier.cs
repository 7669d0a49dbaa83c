using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ApiHost.Protocols.Yaf;

/// <summary>sign = upper-case hex MD5 of (data exactly as received + the appid's secret). MD5 is the protocol's
/// choice, kept for compatibility; the comparison is constant-time so timing reveals nothing about the expected sign.
/// Every signed request passes here, so <see cref="Verify"/> works in stack and pooled buffers rather than building
/// the concatenated string, its bytes and two hex strings per request.</summary>
public static class SignatureVerifier
{
    private const int HexLength = 32;

    public static string Compute(string data, string secret)
    {
        Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
        Hash(data, secret, hash);
        return Convert.ToHexString(hash);
    }

    public static bool Verify(string data, string secret, string? sign)
    {
        if (sign is not { Length: HexLength })
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
        Hash(data, secret, hash);
        Span<byte> expected = stackalloc byte[HexLength];
        Convert.TryToHexString(hash, expected, out _);
        Span<byte> given = stackalloc byte[HexLength];
        for (var i = 0; i < HexLength; i++)
        {
            // Case-insensitive like the protocol's clients; a non-ASCII character becomes 0, which no hex digit is.
            var c = sign[i];
            given[i] = c < 128 ? (byte)char.ToUpperInvariant(c) : (byte)0;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>MD5 of the UTF-8 bytes of data followed by secret, without concatenating them.</summary>
    private static void Hash(string data, string secret, Span<byte> destination)
    {
        var length = Encoding.UTF8.GetByteCount(data) + Encoding.UTF8.GetByteCount(secret);
        byte[]? rented = null;
        var buffer = length <= 1024 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            var written = Encoding.UTF8.GetBytes(data, buffer);
            Encoding.UTF8.GetBytes(secret, buffer[written..]);
            MD5.HashData(buffer, destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
