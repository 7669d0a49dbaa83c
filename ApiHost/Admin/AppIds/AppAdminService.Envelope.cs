using System.Security.Cryptography;
using ApiHost.Admin.Http;
using ApiHost.Protocols.Dialects;
using Orleans.Grains.Gateway;

namespace ApiHost.Admin.AppIds;

/// <summary>The dialect side of app registration: which protocols an app may use, and its seed-004 keys.</summary>
public sealed partial class AppAdminService
{
    public const int MaxPemLength = 16 * 1024;
    public const int AesKeyBytes = 32;
    public const int Sm4KeyBytes = 16;

    public async Task<AppEnvelopeItem> GetEnvelopeAsync(string appId)
    {
        var app = await grains.GetGrain<IAppGrain>(Known(appId)).Get() ?? throw AdminException.NotFound("appid");
        return AppEnvelopeItem.From(app.AppId, app.EnvelopeKeys ?? throw AdminException.NotFound("envelope keys of the appid"));
    }

    /// <summary>Registers the public key; symmetric keys given are stored, missing ones keep the registered value or,
    /// on a first registration, are generated and answered this once.</summary>
    public async Task<AppEnvelopeItem> RegisterEnvelopeAsync(string appId, AppEnvelopeRequest request)
    {
        var publicKey = ValidPublicKey(request.PublicKey);
        var aes = request.AesKey is null ? null : ValidKey(request.AesKey, "aes_key", AesKeyBytes);
        var sm4 = request.Sm4Key is null ? null : ValidKey(request.Sm4Key, "sm4_key", Sm4KeyBytes);
        var grain = grains.GetGrain<IAppGrain>(Known(appId));
        var current = (await grain.Get() ?? throw AdminException.NotFound("appid")).EnvelopeKeys;
        var newAes = aes is null && current is null;
        var newSm4 = sm4 is null && current is null;
        var keys = new AppEnvelopeKeys(
            publicKey,
            aes ?? current?.AesKey ?? NewKey(AesKeyBytes),
            sm4 ?? current?.Sm4Key ?? NewKey(Sm4KeyBytes));
        var updated = await grain.Update(new AppChange(EnvelopeKeys: keys)) ?? throw AdminException.NotFound("appid");
        return AppEnvelopeItem.From(updated.AppId, updated.EnvelopeKeys!, newAes, newSm4);
    }

    /// <summary>New AES and SM4 keys take effect at once (the old ones fail from the next request); answered this once.</summary>
    public async Task<AppEnvelopeItem> RotateEnvelopeKeysAsync(string appId)
    {
        var grain = grains.GetGrain<IAppGrain>(Known(appId));
        var current = (await grain.Get() ?? throw AdminException.NotFound("appid")).EnvelopeKeys
            ?? throw AdminException.NotFound("envelope keys of the appid");
        var keys = current with { AesKey = NewKey(AesKeyBytes), Sm4Key = NewKey(Sm4KeyBytes) };
        var updated = await grain.Update(new AppChange(EnvelopeKeys: keys)) ?? throw AdminException.NotFound("appid");
        return AppEnvelopeItem.From(updated.AppId, updated.EnvelopeKeys!, withAes: true, withSm4: true);
    }

    private static IReadOnlyList<string> ValidDialects(IReadOnlyList<string> dialects)
    {
        foreach (var dialect in dialects)
        {
            if (dialect is null || !DialectNames.All.Contains(dialect, StringComparer.Ordinal))
            {
                var shown = dialect is null ? "null" : dialect.Length > 32 ? dialect[..32] : dialect;
                throw AdminException.Invalid("dialects", $"\"{shown}\" is not one of {string.Join(", ", DialectNames.All)}");
            }
        }

        return DialectNames.All.Where(dialects.Contains).ToList();
    }

    /// <summary>A public RSA key only (a private key pasted by mistake is refused, not stored), normalised to
    /// SubjectPublicKeyInfo PEM.</summary>
    private static string ValidPublicKey(string? pem)
    {
        if (pem is not { Length: > 0 and <= MaxPemLength })
        {
            throw AdminException.Invalid("public_key", $"an RSA public key in PEM is required (at most {MaxPemLength} characters)");
        }

        if (!PemEncoding.TryFind(pem, out var fields))
        {
            throw AdminException.Invalid("public_key", "is not PEM (-----BEGIN PUBLIC KEY----- ...)");
        }

        if (pem[fields.Label] is not ("PUBLIC KEY" or "RSA PUBLIC KEY"))
        {
            throw AdminException.Invalid("public_key", "must be a PUBLIC KEY or RSA PUBLIC KEY block, never a private key");
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem[fields.Location]);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            throw AdminException.Invalid("public_key", "is not a valid RSA public key");
        }

        if (rsa.KeySize is < 2048 or > 8192)
        {
            throw AdminException.Invalid("public_key", $"must have 2048 to 8192 bits, not {rsa.KeySize}");
        }

        return rsa.ExportSubjectPublicKeyInfoPem();
    }

    private static string ValidKey(string base64, string field, int size)
    {
        var bytes = new byte[size + 3];
        return Convert.TryFromBase64String(base64, bytes, out var written) && written == size
            ? Convert.ToBase64String(bytes, 0, size)
            : throw AdminException.Invalid(field, $"must be {size} bytes in base64");
    }

    private static string NewKey(int size) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(size));
}
