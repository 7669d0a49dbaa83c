using System.Text.Json;
using ApiHost.DemoData;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Catalog;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Cluster.Transport;

/// <summary>The real API host in Cluster:Mode=Client (static membership from Cluster:Silos) in front of two silos:
/// it hosts no grains and no storage, and signed Yaf calls work through the silos.</summary>
public sealed class ClientModeApiHostTests
{
    private static ApiHostFactory ClientHost(TransportCluster cluster, bool demoData = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cluster:Mode"] = "Client",
            ["Storage:Provider"] = "Memory",
            ["Yaf:TimestampWindow"] = "400.00:00:00",
            ["DemoData:Enabled"] = demoData ? "true" : "false",
        };
        for (var i = 0; i < cluster.Silos.Count; i++)
        {
            settings[$"Cluster:Silos:{i}"] = cluster.Silos[i].Endpoint;
        }

        return new ApiHostFactory(settings);
    }

    [Fact]
    public async Task A_client_mode_api_host_registers_a_user_and_issues_request_tokens_through_the_silos()
    {
        await using var cluster = await TransportCluster.StartAsync(2);
        await using var host = ClientHost(cluster);
        var client = new YafClient(host.CreateClient());

        // A fresh number: with TEST_POSTGRES the silos share a database that outlives the test run.
        var mobile = "186" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (_, token) = await TestSessions.RegisterAndLoginAsync(client, mobile, host.Services);
        var reply = await client.CallAsync("system.request.token", new { token, number = 2 });

        Assert.Equal(200, reply.Code);
        Assert.Equal(2, reply.Data!.Value.GetProperty("tokens").GetArrayLength());
        Assert.Null(host.Services.GetService<Catalog>());
        Assert.Null(host.Services.GetService<IGrainStorage>());
        Assert.IsType<StaticClusterMembership>(host.Services.GetRequiredService<IClusterMembership>());
        // Every activation lives on the silos.
        Assert.True(cluster.Silos.Sum(s => s.Activations) > 0);
    }

    [Fact]
    public async Task Health_of_a_client_reports_the_cluster_view()
    {
        await using var cluster = await TransportCluster.StartAsync(2);
        await using var host = ClientHost(cluster);

        using var body = JsonDocument.Parse(await host.CreateClient().GetStringAsync("/health"));

        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("cluster", body.RootElement.GetProperty("storage").GetProperty("provider").GetString());
    }

    [Fact]
    public async Task Demo_data_is_seeded_through_grain_calls_in_client_mode()
    {
        await using var cluster = await TransportCluster.StartAsync(2);
        await using var host = ClientHost(cluster, demoData: true);
        _ = host.CreateClient(); // starts the host, which runs the seeder

        var grains = host.Services.GetRequiredService<IGrainFactory>();
        foreach (var contributor in host.Services.GetServices<IDemoDataContributor>())
        {
            Assert.Equal(DemoDataStatus.Done, await grains.GetGrain<IDemoDataGrain>(contributor.Name).Get());
        }

        Assert.NotEmpty(host.Services.GetServices<IDemoDataContributor>());
    }
}
