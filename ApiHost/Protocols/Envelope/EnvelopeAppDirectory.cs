using System.Collections.Concurrent;
using System.Security.Cryptography;
using ApiHost.Protocols.Dialects;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Protocols.Envelope;

/// <summary>Finds a seed-004 app's keys: the app registration's (admin API) first, the configured ones
/// (<c>Envelope:Apps:&lt;appid&gt;</c>) only for apps without registered keys, so existing configuration keeps
/// working. Registered keys are imported once per version: the cache entry is replaced when the keys change
/// (rotation), so the old keys stop working at the next request.</summary>
public sealed class EnvelopeAppDirectory(IGrainFactory grains, EnvelopeKeyRing configured)
{
    private const int MaxAppIdLength = 64;
    private readonly ConcurrentDictionary<string, Imported> _imported = new(StringComparer.Ordinal);

    public async Task<EnvelopeAppLookup> FindAsync(string appId)
    {
        if (appId.Length is 0 or > MaxAppIdLength)
        {
            return new EnvelopeAppLookup(null);
        }

        var registration = await grains.GetGrain<IAppGrain>(appId).Get();
        var notAllowed = registration is not null && (!registration.Enabled || !registration.MayUse(DialectNames.Envelope));
        return new EnvelopeAppLookup(registration?.EnvelopeKeys is { } keys ? Import(appId, keys) : configured.Find(appId), notAllowed);
    }

    private EnvelopeApp Import(string appId, AppEnvelopeKeys keys)
    {
        if (_imported.TryGetValue(appId, out var cached) && cached.Keys == keys)
        {
            return cached.App;
        }

        // Keys were validated when registered; an entry that no longer imports is a fault, not a client error.
        var publicKey = RSA.Create();
        publicKey.ImportFromPem(keys.PublicKeyPem);
        var app = new EnvelopeApp(appId, publicKey, Convert.FromBase64String(keys.AesKey), Convert.FromBase64String(keys.Sm4Key));
        _imported[appId] = new Imported(keys, app);
        return app;
    }

    private sealed record Imported(AppEnvelopeKeys Keys, EnvelopeApp App);
}
