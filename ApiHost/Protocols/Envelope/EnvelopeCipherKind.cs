namespace ApiHost.Protocols.Envelope;

/// <summary>The body ciphers of seed 004 ("SMS4、AES 等"): both in GCM, so a changed ciphertext fails to decrypt.</summary>
public enum EnvelopeCipherKind
{
    /// <summary>AES-256-GCM (32-byte key).</summary>
    Aes256Gcm,

    /// <summary>SM4-GCM (16-byte key), SM4 as in GB/T 32907-2016, through BouncyCastle.</summary>
    Sm4Gcm,
}
