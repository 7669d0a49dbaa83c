namespace ApiHost.Admin.AppIds;

/// <summary>Body of PUT /v1/apps/{appid}/envelope: the app's seed-004 keys.</summary>
/// <param name="PublicKey">The app's RSA public key (2048-8192 bits) in PEM: "PUBLIC KEY" (SubjectPublicKeyInfo) or
/// "RSA PUBLIC KEY" (PKCS#1). It verifies the app's request signatures.</param>
/// <param name="AesKey">AES-256 key, 32 bytes in base64. Left out: the registered one stays, or one is generated.</param>
/// <param name="Sm4Key">SM4 key, 16 bytes in base64. Left out: the registered one stays, or one is generated.</param>
public sealed record AppEnvelopeRequest(string PublicKey, string? AesKey = null, string? Sm4Key = null);
