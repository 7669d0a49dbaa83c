using Orleans.Configuration;
using Orleans.Runtime;

namespace Orleans.Tests.Cluster.Transport;

public sealed class StaticClusterMembershipTests
{
    private static ClusterOptions Options(string host = "10.0.0.2", int port = 11111) => new()
    {
        Host = host,
        Port = port,
        Silos = ["10.0.0.1:11111", "10.0.0.2:11111", "10.0.0.3:11111"],
    };

    [Fact]
    public async Task A_silo_finds_itself_in_the_list_and_every_entry_is_active_at_generation_0()
    {
        var membership = new StaticClusterMembership(Options(), isSilo: true);

        Assert.Equal(new SiloAddress("10.0.0.2:11111", 0), membership.LocalSilo);
        Assert.Equal(3, membership.CurrentView.ActiveSilos.Count);
        Assert.All(membership.CurrentView.ActiveSilos, s => Assert.Equal(0, s.Generation));
        Assert.Same(membership.CurrentView, await membership.RefreshAsync());
    }

    [Fact]
    public void A_client_has_no_local_silo() => Assert.Null(new StaticClusterMembership(Options(), isSilo: false).LocalSilo);

    [Fact]
    public void A_silo_missing_from_the_list_is_a_configuration_error() =>
        Assert.Contains("10.0.0.9:11111", Assert.Throws<InvalidOperationException>(() => new StaticClusterMembership(Options("10.0.0.9"), isSilo: true)).Message);

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("10.0.0.1:port")]
    [InlineData("10.0.0.1:70000")]
    public void A_malformed_entry_is_a_configuration_error(string entry) =>
        Assert.Throws<InvalidOperationException>(() => new StaticClusterMembership(new ClusterOptions { Silos = [entry] }, isSilo: false));

    [Fact]
    public void An_empty_list_is_a_configuration_error() =>
        Assert.Throws<InvalidOperationException>(() => new StaticClusterMembership(new ClusterOptions(), isSilo: false));
}
