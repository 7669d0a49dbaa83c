using System.Security.Cryptography;

namespace ApiHost.Protocols.Envelope;

/// <summary>head.SignType: the signature digest and the body cipher. Seed 004 signs an MD5 digest with RSA; SHA-256 is
/// offered as the safer choice, and the seed's default ("国密") is the SM4 body. Names accepted:
/// <c>SHA256withRSA/AES</c> (alias <c>RSA2</c>), <c>MD5withRSA/AES</c> (alias <c>RSA</c>), <c>SHA256withRSA/SM4</c>
/// (alias <c>SM4</c>, and the default when SignType is absent), <c>MD5withRSA/SM4</c>.</summary>
public sealed record EnvelopeSignType(string Name, HashAlgorithmName Digest, EnvelopeCipherKind Cipher)
{
    public static readonly EnvelopeSignType Default = new("SHA256withRSA/SM4", HashAlgorithmName.SHA256, EnvelopeCipherKind.Sm4Gcm);

    public static EnvelopeSignType? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" => Default,
        "SHA256WITHRSA/SM4" or "SM4" => Default,
        "SHA256WITHRSA/AES" or "RSA2" => new("SHA256withRSA/AES", HashAlgorithmName.SHA256, EnvelopeCipherKind.Aes256Gcm),
        "MD5WITHRSA/AES" or "RSA" => new("MD5withRSA/AES", HashAlgorithmName.MD5, EnvelopeCipherKind.Aes256Gcm),
        "MD5WITHRSA/SM4" => new("MD5withRSA/SM4", HashAlgorithmName.MD5, EnvelopeCipherKind.Sm4Gcm),
        _ => null,
    };
}
