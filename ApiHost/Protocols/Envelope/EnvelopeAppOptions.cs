namespace ApiHost.Protocols.Envelope;

/// <summary>One client app of seed 004: its RSA public key (PEM, SubjectPublicKeyInfo or PKCS#1) that verifies its
/// requests, and its body keys (base64): 32 bytes for AES-256-GCM, 16 bytes for SM4. An app without a key for a
/// cipher cannot use that cipher.</summary>
public sealed class EnvelopeAppOptions
{
    public string PublicKey { get; set; } = string.Empty;

    public string? AesKey { get; set; }

    public string? Sm4Key { get; set; }
}
