using System.Security.Cryptography;

namespace ApiHost.Protocols.Envelope;

/// <summary>A registered app's keys, imported once.</summary>
public sealed record EnvelopeApp(string AppId, RSA PublicKey, byte[]? AesKey, byte[]? Sm4Key)
{
    public byte[]? KeyFor(EnvelopeCipherKind kind) => kind == EnvelopeCipherKind.Aes256Gcm ? AesKey : Sm4Key;
}
