using Orleans.Grains.Gateway;

namespace ApiHost.Admin.AppIds;

/// <summary>An app's seed-004 registration as admins see it. The symmetric keys are answered only when the server
/// generated them (a first registration without keys, a rotation): this once, never again.</summary>
/// <param name="Appid">The app.</param>
/// <param name="PublicKey">Its RSA public key (SubjectPublicKeyInfo PEM).</param>
/// <param name="AesKey">The new AES-256 key (base64); only when just generated.</param>
/// <param name="Sm4Key">The new SM4 key (base64); only when just generated.</param>
public sealed record AppEnvelopeItem(string Appid, string PublicKey, string? AesKey = null, string? Sm4Key = null)
{
    public static AppEnvelopeItem From(string appId, AppEnvelopeKeys keys, bool withAes = false, bool withSm4 = false) =>
        new(appId, keys.PublicKeyPem, withAes ? keys.AesKey : null, withSm4 ? keys.Sm4Key : null);
}
