using System.Text;

namespace Orleans.Grains.Gateway;

/// <summary>An app's seed-004 keys: the RSA public key (SubjectPublicKeyInfo PEM) that verifies its requests, and
/// its body keys in base64 (32 bytes for AES-256-GCM, 16 bytes for SM4).</summary>
public sealed record AppEnvelopeKeys(string PublicKeyPem, string AesKey, string Sm4Key)
{
    /// <summary>The symmetric keys are secrets: a logged or printed record shows that they exist, never their value.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("PublicKeyPem = ").Append(PublicKeyPem.Length).Append(" chars, AesKey = ***, Sm4Key = ***");
        return true;
    }
}
