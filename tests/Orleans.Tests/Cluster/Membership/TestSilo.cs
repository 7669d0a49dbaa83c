using Orleans.Runtime;
using Orleans.Runtime.Membership;

namespace Orleans.Tests.Cluster.Membership;

/// <summary>One silo's membership in a test: its own Redis connection, lifetime and address.</summary>
internal sealed class TestSilo(SiloAddress address, RedisClusterMembership membership, TestLifetime lifetime)
{
    public SiloAddress Address { get; } = address;

    public RedisClusterMembership Membership { get; } = membership;

    public TestLifetime Lifetime { get; } = lifetime;

    public List<ClusterView> Published { get; } = [];

    /// <summary>What the hosted service does at start: join, then Active once the host has started.</summary>
    public async Task StartAsync()
    {
        await Membership.JoinAsync(CancellationToken.None);
        Assert.True(await Membership.ActivateAsync(CancellationToken.None));
    }

    /// <summary>One period of a live silo: heartbeat and re-read.</summary>
    public async Task TickAsync()
    {
        await Membership.HeartbeatAsync(CancellationToken.None);
        await Membership.RefreshAsync();
    }

    public bool Sees(TestSilo other) => Membership.CurrentView.ActiveSilos.Contains(other.Address);
}
