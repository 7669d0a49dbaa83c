using System.Security.Cryptography;
using System.Text;

namespace ApiHost.Protocols.Envelope;

/// <summary>RSA PKCS#1 v1.5 signatures of seed 004. The seed signs the body; here the signed text is the body's
/// msgContent preceded by the head fields that make a request unique, so that a captured body cannot be replayed
/// under a new TradeSerialNo, another Action or another session:
/// request <c>Action \n TradeSerialNo \n Token \n msgContent</c>, answer <c>Action \n TradeSerialNo \n rspCode \n msgContent</c>.</summary>
public static class EnvelopeSigner
{
    public static byte[] RequestText(string action, string serial, string token, string content) =>
        Encoding.UTF8.GetBytes($"{action}\n{serial}\n{token}\n{content}");

    public static byte[] ResponseText(string action, string serial, string rspCode, string content) =>
        Encoding.UTF8.GetBytes($"{action}\n{serial}\n{rspCode}\n{content}");

    public static string Sign(RSA key, byte[] text, HashAlgorithmName digest) =>
        Convert.ToBase64String(key.SignData(text, digest, RSASignaturePadding.Pkcs1));

    public static bool Verify(RSA key, byte[] text, string? signature, HashAlgorithmName digest)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length > 4096)
        {
            return false;
        }

        var bytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, bytes, out var length))
        {
            return false;
        }

        try
        {
            return key.VerifyData(text, bytes.AsSpan(0, length), digest, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false; // a signature of the wrong length for the key is simply not valid
        }
    }
}
