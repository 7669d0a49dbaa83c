using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ApiHost.Admin.Http;
using ApiHost.Protocols.Yaf;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Admin.Dispatch;

/// <summary>Lets an admin try a mobile method with plain JSON: builds <c>data</c> with the fixed parameters, signs it
/// with the appid's secret and runs it through the very gateway a phone talks to, so every protocol check applies.</summary>
public sealed class AdminDispatcher(YafGateway gateway, IGrainFactory grains, TimeProvider clock, IOptions<AdminOptions> options)
{
    private const int MaxNameLength = 64;

    /// <summary>Parameters the route and the signing own; a body cannot override them.</summary>
    private static readonly HashSet<string> Reserved = ["method", "v", "appid", "timestamp", "sign"];

    public async Task<YafEnvelope> RunAsync(string method, string version, string? appId, JsonElement parameters, IPAddress clientIp, CancellationToken cancellationToken)
    {
        if (method.Length > MaxNameLength)
        {
            throw AdminException.Invalid("method", $"at most {MaxNameLength} characters");
        }

        if (version.Length > MaxNameLength)
        {
            throw AdminException.Invalid("v", $"at most {MaxNameLength} characters");
        }

        appId = string.IsNullOrEmpty(appId) ? options.Value.DispatchAppId : appId;
        if (appId.Length > MaxNameLength)
        {
            throw AdminException.Invalid("appid", $"at most {MaxNameLength} characters");
        }

        var app = await grains.GetGrain<IAppGrain>(appId).Get() ?? throw AdminException.NotFound($"appid {appId}");
        var data = BuildData(method, version, appId, parameters);
        return await gateway.HandleAsync(new YafRawRequest(data, SignatureVerifier.Compute(data, app.Secret), null) { FromAdmin = true }, clientIp, cancellationToken);
    }

    private string BuildData(string method, string version, string appId, JsonElement parameters)
    {
        var defaults = new Dictionary<string, string>
        {
            // A fresh unique_id makes each try a distinct signed request, so write methods pass the replay guard.
            ["unique_id"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ["app_v"] = "1.0.0",
            ["channel"] = string.Empty,
            ["device_token"] = string.Empty,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("method", method);
            writer.WriteString("v", version);
            writer.WriteString("appid", appId);
            writer.WriteString("timestamp", clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!parameters.TryGetProperty("platform", out _))
            {
                writer.WriteNumber("platform", 1);
            }

            foreach (var (name, value) in defaults.Where(d => !parameters.TryGetProperty(d.Key, out _)))
            {
                writer.WriteString(name, value);
            }

            foreach (var property in parameters.EnumerateObject().Where(p => !Reserved.Contains(p.Name)))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
