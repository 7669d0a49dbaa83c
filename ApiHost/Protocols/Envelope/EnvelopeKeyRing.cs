using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ApiHost.Protocols.Envelope;

/// <summary>The server's signing key and the registered apps' keys, imported at start-up so that a malformed key
/// stops the host instead of failing requests one by one.</summary>
public sealed partial class EnvelopeKeyRing
{
    private readonly Dictionary<string, EnvelopeApp> _apps = new(StringComparer.Ordinal);

    public EnvelopeKeyRing(IOptions<EnvelopeOptions> options, ILogger<EnvelopeKeyRing> logger)
    {
        var settings = options.Value;
        ServerKey = RSA.Create();
        if (string.IsNullOrWhiteSpace(settings.ServerPrivateKey))
        {
            ServerKey.KeySize = 2048;
            LogEphemeral(logger);
        }
        else
        {
            ServerKey.ImportFromPem(settings.ServerPrivateKey);
        }

        foreach (var (appId, app) in settings.Apps)
        {
            var publicKey = RSA.Create();
            publicKey.ImportFromPem(app.PublicKey);
            _apps[appId] = new EnvelopeApp(appId, publicKey, Key(appId, app.AesKey, 32), Key(appId, app.Sm4Key, 16));
        }

        DefaultAppId = settings.DefaultAppId;
    }

    public RSA ServerKey { get; }

    public string DefaultAppId { get; }

    /// <summary>The server's public key as PEM (SubjectPublicKeyInfo), for clients to verify answers.</summary>
    public string ServerPublicKeyPem => ServerKey.ExportSubjectPublicKeyInfoPem();

    public EnvelopeApp? Find(string appId) => _apps.GetValueOrDefault(appId);

    private static byte[]? Key(string appId, string? base64, int size)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return null;
        }

        var key = Convert.FromBase64String(base64);
        return key.Length == size ? key : throw new InvalidOperationException($"Envelope app {appId}: a {size}-byte key was expected, got {key.Length} bytes.");
    }

    [LoggerMessage(1, LogLevel.Warning, "Envelope:ServerPrivateKey is not set: answers of POST /gateway are signed with a key made for this process only")]
    private static partial void LogEphemeral(ILogger logger);
}
