using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Membership;

namespace Orleans.Tests.Cluster.Membership;

/// <summary>AddRedisClusterMembership in real hosts: options from the "Cluster" section, the hosted service joining,
/// turning Active when the host has started, leaving on stop, and stopping a host whose silo was declared dead.
/// Periods are short real ones here (the loops must run); the time rules are tested on a controllable clock elsewhere.</summary>
public sealed class RedisMembershipHostingTests
{
    [RedisFact]
    public async Task A_silo_host_joins_on_start_a_client_host_sees_it_and_a_stop_takes_it_out()
    {
        var clusterId = "test-" + Guid.NewGuid().ToString("N");
        await using var table = new RedisMembershipTable(RedisFactAttribute.Configuration!, clusterId);
        try
        {
            using var silo = Build(clusterId, isSilo: true, port: 12001);
            var siloMembership = silo.Services.GetRequiredService<IClusterMembership>();
            var local = silo.Services.GetRequiredService<SiloAddress>();
            Assert.Same(local, siloMembership.LocalSilo);
            Assert.Equal("127.0.0.1:12001", local.Endpoint);

            await silo.StartAsync();
            await Eventually.TrueAsync(() => siloMembership.CurrentView.ActiveSilos.Contains(local), "the silo is Active in its own view");

            using var client = Build(clusterId, isSilo: false, port: 0);
            var clientMembership = client.Services.GetRequiredService<IClusterMembership>();
            Assert.Null(clientMembership.LocalSilo);
            Assert.Null(client.Services.GetService<SiloAddress>());
            await client.StartAsync();
            Assert.Equal(new[] { local }, clientMembership.CurrentView.ActiveSilos);

            // Heartbeats run: the entry's I-am-alive moves on.
            var joined = (await table.ReadAsync()).Rows[local.ToString()].Entry.IAmAliveTime;
            await Eventually.TrueAsync(async () => (await table.ReadAsync()).Rows[local.ToString()].Entry.IAmAliveTime > joined, "a heartbeat lands");

            await silo.StopAsync();
            Assert.Equal(SiloStatus.Dead, (await table.ReadAsync()).Rows[local.ToString()].Entry.Status);
            await Eventually.TrueAsync(() => clientMembership.CurrentView.ActiveSilos.Count == 0, "the client's refresh loop drops the silo");
            await client.StopAsync();
        }
        finally
        {
            await table.DeleteAsync();
        }
    }

    [RedisFact]
    public async Task A_silo_host_whose_silo_is_declared_dead_stops_itself()
    {
        var clusterId = "test-" + Guid.NewGuid().ToString("N");
        await using var table = new RedisMembershipTable(RedisFactAttribute.Configuration!, clusterId);
        try
        {
            using var silo = Build(clusterId, isSilo: true, port: 12002);
            var local = silo.Services.GetRequiredService<SiloAddress>();
            var membership = silo.Services.GetRequiredService<IClusterMembership>();
            var stopping = silo.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            await silo.StartAsync();
            await Eventually.TrueAsync(() => membership.CurrentView.ActiveSilos.Contains(local), "the silo is Active");

            // A peer's verdict, written as a peer writes it.
            await Eventually.TrueAsync(
                async () =>
                {
                    var snapshot = await table.ReadAsync();
                    var row = snapshot.Rows[local.ToString()];
                    return await table.TryUpdateAsync(snapshot, [row.Entry with { Status = SiloStatus.Dead }], [], [row]);
                },
                "the verdict is written between heartbeats");

            await Eventually.TrueAsync(() => stopping.IsCancellationRequested, "the host is asked to stop");
            Assert.DoesNotContain(local, membership.CurrentView.ActiveSilos);
            await silo.StopAsync();
            Assert.Equal(SiloStatus.Dead, (await table.ReadAsync()).Rows[local.ToString()].Entry.Status);
        }
        finally
        {
            await table.DeleteAsync();
        }
    }

    private static IHost Build(string clusterId, bool isSilo, int port)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cluster:Mode"] = isSilo ? "Silo" : "Client",
            ["Cluster:ClusterId"] = clusterId,
            ["Cluster:Redis"] = RedisFactAttribute.Configuration,
            ["Cluster:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster:HeartbeatPeriod"] = "00:00:00.050",
            ["Cluster:RefreshPeriod"] = "00:00:00.050",
        });
        builder.Services.AddOptions<ClusterOptions>().Bind(builder.Configuration.GetSection("Cluster"));
        builder.Services.AddRedisClusterMembership(isSilo);
        return builder.Build();
    }
}
