using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Tests.TestGrains;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Cluster.Transport;

/// <summary>Several silos in this test process, each a real WebApplication (Kestrel, HTTP/2) on its own loopback
/// port, plus a cluster client (a host in Cluster:Mode=Client) whose grain factory reaches them only over the
/// transport. Membership is a <see cref="TestMembershipTable"/> the test controls. Storage: PostgreSQL, shared by all
/// silos, when TEST_POSTGRES is set; otherwise each silo has its own memory storage (enough for routing).</summary>
public sealed class TransportCluster : IAsyncDisposable
{
    private readonly List<IHost> _clients = [];

    private TransportCluster(TestMembershipTable table, List<SiloNode> silos, TimeSpan responseTimeout)
    {
        Table = table;
        Silos = silos;
        ResponseTimeout = responseTimeout;
    }

    public TestMembershipTable Table { get; }

    public IReadOnlyList<SiloNode> Silos { get; }

    public TimeSpan ResponseTimeout { get; }

    public static string? PostgresConnectionString => PostgresDataAttribute.ConnectionString;

    public static async Task<TransportCluster> StartAsync(int silos, TimeSpan? responseTimeout = null, Dictionary<string, string?>? siloSettings = null)
    {
        var timeout = responseTimeout ?? TimeSpan.FromSeconds(30);
        var ports = Enumerable.Range(0, silos).Select(_ => FreePorts.One()).ToList();
        var endpoints = ports.Select(p => $"127.0.0.1:{p}").ToList();
        var table = new TestMembershipTable(endpoints.Select(e => new SiloAddress(e, 0)));
        var nodes = new List<SiloNode>();
        var cluster = new TransportCluster(table, nodes, timeout);
        try
        {
            for (var i = 0; i < silos; i++)
            {
                nodes.Add(await StartSiloAsync(table, endpoints, i, ports[i], timeout, siloSettings));
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>A cluster client: Cluster:Mode=Client, no storage and no catalog, with its own membership view.</summary>
    public async Task<(IGrainFactory Grains, TestMembership Membership, IServiceProvider Services)> StartClientAsync(TimeSpan? responseTimeout = null)
    {
        var membership = new TestMembership(Table, localSilo: null);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cluster:Mode"] = "Client",
            ["Storage:Provider"] = "Memory",
            ["Messaging:ResponseTimeout"] = (responseTimeout ?? ResponseTimeout).ToString(),
        });
        builder.AddSilo(silo =>
        {
            silo.AddGrains(typeof(TransportCluster).Assembly);
            silo.Services.AddSingleton<IClusterMembership>(membership);
        });
        var host = builder.Build();
        await host.StartAsync();
        _clients.Add(host);
        return (host.Services.GetRequiredService<IGrainFactory>(), membership, host.Services);
    }

    /// <summary>A probe key that <paramref name="silo"/> owns in <paramref name="view"/> (the table's current view by default).</summary>
    public string KeyOwnedBy(int silo, ClusterView? view = null, string grainType = "siloprobe", string prefix = "probe")
    {
        view ??= Table.Current;
        var owner = Silos[silo].Address;
        var salt = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; ; i++)
        {
            var key = $"{prefix}-{salt}-{i}";
            if (GrainPlacement.OwnerOf(new GrainId(grainType, key), view) == owner)
            {
                return key;
            }
        }
    }

    /// <summary>Publishes a view without the given silos and hands it to the remaining silos (not to clients).</summary>
    public ClusterView PublishWithout(params int[] silos)
    {
        var view = Table.Publish(Silos.Where((_, i) => !silos.Contains(i)).Select(s => s.Address));
        foreach (var node in Silos)
        {
            node.Membership.Apply(view);
        }

        return view;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.StopAsync();
            client.Dispose();
        }

        foreach (var silo in Silos)
        {
            await silo.StopAsync();
        }
    }

    private static async Task<SiloNode> StartSiloAsync(
        TestMembershipTable table, List<string> endpoints, int index, int port, TimeSpan timeout, Dictionary<string, string?>? extra)
    {
        var endpoint = endpoints[index];
        var address = new SiloAddress(endpoint, 0);
        var membership = new TestMembership(table, address);
        var settings = new Dictionary<string, string?>
        {
            ["Cluster:Mode"] = "Silo",
            ["Cluster:Host"] = "127.0.0.1",
            ["Cluster:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Storage:Provider"] = PostgresConnectionString is null ? "Memory" : "Postgres",
            ["Storage:ConnectionString"] = PostgresConnectionString,
            ["DataDirectory"] = Path.Combine(Path.GetTempPath(), "orleans-transport-tests", Guid.NewGuid().ToString("N")),
            ["Messaging:ResponseTimeout"] = timeout.ToString(),
            ["PasswordHash:Iterations"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var i = 0; i < endpoints.Count; i++)
        {
            settings[$"Cluster:Silos:{i}"] = endpoints[i];
        }

        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var app = SiloWebHost.Build(
            [],
            configuration => configuration.AddInMemoryCollection(settings),
            silo =>
            {
                silo.AddGrains(typeof(TransportCluster).Assembly);
                silo.Services.AddSingleton(new SiloIdentity(endpoint));
                silo.Services.AddSingleton<LifecycleProbe>();
                silo.Services.AddSingleton<IClusterMembership>(membership);
            });
        await app.StartAsync();
        return new SiloNode(address, app, membership);
    }
}
