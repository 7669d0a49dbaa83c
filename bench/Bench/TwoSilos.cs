using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Bench.Grains;
using Orleans.Runtime;

namespace Orleans.Bench;

/// <summary>Two cluster silos in this process, each a real Kestrel host on its own loopback port speaking the
/// HTTP/2 grain-call transport, with static membership (<c>Cluster:Silos</c>) and memory storage: the set-up of
/// tests/Orleans.Tests/Cluster/Transport/TransportCluster.cs without the test's controllable membership. A call made
/// through silo A's grain factory to a grain that A owns runs in-process; one to a grain that B owns crosses the
/// transport (serialize, HTTP/2 over loopback, dispatch on B, answer back), as an API host's or a grain's call does.</summary>
internal sealed class TwoSilos : IAsyncDisposable
{
    private readonly WebApplication[] _silos;

    private TwoSilos(WebApplication[] silos) => _silos = silos;

    /// <summary>The grain factory of silo A, the caller in every measurement.</summary>
    public IGrainFactory Caller => _silos[0].Services.GetRequiredService<IGrainFactory>();

    public static async Task<TwoSilos> StartAsync(string dataDirectory, int? connectionsPerPeer)
    {
        var endpoints = new[] { FreePort(), FreePort() }.Select(p => $"127.0.0.1:{p}").ToArray();
        var silos = new List<WebApplication>();
        try
        {
            foreach (var endpoint in endpoints)
            {
                var settings = new Dictionary<string, string?>
                {
                    ["Cluster:Mode"] = "Silo",
                    ["Cluster:Host"] = "127.0.0.1",
                    ["Cluster:Port"] = endpoint.Split(':')[1],
                    ["Storage:Provider"] = "Memory",
                    ["DataDirectory"] = Path.Combine(dataDirectory, endpoint.Replace(':', '-')),
                    ["Logging:LogLevel:Default"] = "Warning",
                };
                if (connectionsPerPeer is { } connections)
                {
                    settings["Cluster:ConnectionsPerPeer"] = connections.ToString(CultureInfo.InvariantCulture);
                }

                for (var i = 0; i < endpoints.Length; i++)
                {
                    settings[string.Create(CultureInfo.InvariantCulture, $"Cluster:Silos:{i}")] = endpoints[i];
                }

                var app = SiloWebHost.Build([], configuration => configuration.AddInMemoryCollection(settings),
                    silo => silo.AddGrains(typeof(PingGrain).Assembly));
                silos.Add(app);
                await app.StartAsync();
            }
        }
        catch
        {
            await new TwoSilos([.. silos]).DisposeAsync();
            throw;
        }

        return new TwoSilos([.. silos]);
    }

    /// <summary><paramref name="count"/> integer keys of <see cref="IPingGrain"/> that silo <paramref name="silo"/>
    /// (0 = A, the caller; 1 = B) owns by rendezvous placement in the static view.</summary>
    public long[] KeysOwnedBy(int silo, int count)
    {
        var membership = _silos[0].Services.GetRequiredService<IClusterMembership>();
        var owner = _silos[silo].Services.GetRequiredService<IClusterMembership>().LocalSilo
            ?? throw new InvalidOperationException("A silo without a local address in its own membership.");
        var keys = new List<long>(count);
        for (long key = 1; keys.Count < count; key++)
        {
            // PingGrain's type name is "ping" (class name without "Grain", lower case); integer keys are their digits.
            if (GrainPlacement.OwnerOf(new GrainId("ping", key.ToString(CultureInfo.InvariantCulture)), membership.CurrentView) == owner)
            {
                keys.Add(key);
            }
        }

        return [.. keys];
    }

    /// <summary>Activations in each silo's catalog: the check that local keys ran on A and remote ones on B.</summary>
    public (int A, int B) Activations =>
        (_silos[0].Services.GetRequiredService<Catalog>().Count, _silos[1].Services.GetRequiredService<Catalog>().Count);

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.StopAsync();
            await silo.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
