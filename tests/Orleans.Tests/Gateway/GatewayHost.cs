using System.Globalization;
using System.Text.Json;
using ApiHost.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Tests.Gateway.Probes;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Gateway;

/// <summary>The real API host with memory storage, a manual clock, captured logs, the test-only probe methods, and
/// X-Forwarded-For trusted so each test can speak from its own address.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public GatewayHost(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Yaf:TrustForwardedFor"] = "true",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        Factory = new ApiHostFactory(all, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Log);
            services.AddSingleton<IApiHandler, EchoProbeHandler>();
            services.AddSingleton<IApiHandler, TypedProbeHandler>();
            services.AddSingleton<IApiHandler, WriteProbeHandler>();
            services.AddSingleton<IApiHandler, FailingProbeHandler>();
            services.AddSingleton<IApiHandler, CrashProbeHandler>();
            services.AddSingleton<IApiHandler, UnwritableProbeHandler>();
            services.AddSingleton<IApiHandler, VectorLoginProbeHandler>();
            services.AddSingleton<IApiHandler, OriginProbeHandler>();

            // The vector probe stands in for user.login 1.0.0: a real handler of that method, where the branch has
            // one, is left out of this host's dispatcher (two handlers for one method refuse to start).
            services.AddSingleton(sp => new ApiDispatcher(
                sp.GetServices<IApiHandler>().Where(h => h is VectorLoginProbeHandler || (h.Method, h.Version) != ("user.login", "1.0.0")),
                sp.GetRequiredService<SessionAuthenticator>(),
                sp.GetRequiredService<IGrainFactory>(),
                sp.GetRequiredService<TimeProvider>()));
        });
    }

    public ManualClock Clock { get; } = new();

    public CapturedLog Log { get; } = new();

    public ApiHostFactory Factory { get; }

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    public WriteProbeHandler Writes => Factory.Services.GetServices<IApiHandler>().OfType<WriteProbeHandler>().Single();

    /// <summary>A client calling from <paramref name="ip"/> (sent as X-Forwarded-For), with the host's clock.</summary>
    public YafClient Client(string? ip = null, string appId = YafClient.IosAppId, string secret = YafClient.IosSecret) =>
        new(Factory.CreateClient(), appId, secret) { Clock = Clock, ForwardedFor = ip };

    /// <summary>The data JSON of a test.echo call with the fixed parameters; <paramref name="changes"/> replace fields,
    /// and a null value removes the field.</summary>
    public string Data(params (string Name, object? Value)[] changes)
    {
        var fields = new Dictionary<string, object?>
        {
            ["method"] = "test.echo",
            ["v"] = "1.0.0",
            ["appid"] = YafClient.IosAppId,
            ["timestamp"] = Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["unique_id"] = "68f66b5b72b864dd389748bffe112f4f",
            ["app_v"] = "1.0.0",
            ["platform"] = 1,
            ["channel"] = string.Empty,
            ["device_token"] = string.Empty,
            ["nonce"] = Guid.NewGuid().ToString("N"),
        };
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                fields.Remove(name);
            }
            else
            {
                fields[name] = value;
            }
        }

        return JsonSerializer.Serialize(fields);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
