using Orleans.Runtime;
using Orleans.Tests.TestGrains;

namespace Orleans.Tests.Cluster.Transport;

/// <summary>A call cycle through non-reentrant grains on different silos fails at once with DeadlockException, as a
/// cycle inside one silo does, instead of waiting out the response timeout: each call to another silo carries the ids
/// of the requests waiting for it, and the silo that runs one of them refuses the call that would wait on it.</summary>
public sealed class CrossSiloDeadlockTests
{
    private static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_cycle_back_to_the_first_silo_is_refused_as_a_deadlock()
    {
        await using var cluster = await TransportCluster.StartAsync(2, ResponseTimeout);
        var a = cluster.KeyOwnedBy(0, grainType: "cycle", prefix: "a");
        var b = cluster.KeyOwnedBy(1, grainType: "cycle", prefix: "b");

        var refused = await Assert.ThrowsAsync<DeadlockException>(() => cluster.Silos[0].Grains.GetGrain<ICycleGrain>(a).Ping([b, a]));
        Assert.Contains("Deadlock", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cycle_that_returns_through_a_local_call_on_the_other_silo_is_refused_too()
    {
        await using var cluster = await TransportCluster.StartAsync(2, ResponseTimeout);
        var a = cluster.KeyOwnedBy(0, grainType: "cycle", prefix: "a");
        var b = cluster.KeyOwnedBy(1, grainType: "cycle", prefix: "b");
        var c = cluster.KeyOwnedBy(1, grainType: "cycle", prefix: "c");
        var d = cluster.KeyOwnedBy(0, grainType: "cycle", prefix: "d");

        // a (silo 0) -> b (silo 1) -> c (silo 1, local) -> d (silo 0) -> b (silo 1): b waits on itself through silo 0.
        await Assert.ThrowsAsync<DeadlockException>(() => cluster.Silos[0].Grains.GetGrain<ICycleGrain>(a).Ping([b, c, d, b]));
    }

    [Fact]
    public async Task Chains_that_visit_silos_again_without_a_cycle_run_to_the_end()
    {
        await using var cluster = await TransportCluster.StartAsync(2, ResponseTimeout);
        var keys = new[] { (0, "a"), (1, "b"), (0, "c"), (1, "d"), (0, "e") }
            .Select(k => cluster.KeyOwnedBy(k.Item1, grainType: "cycle", prefix: k.Item2)).ToArray();

        var visited = await cluster.Silos[0].Grains.GetGrain<ICycleGrain>(keys[0]).Ping(keys[1..]);

        Assert.Equal(string.Join(">", keys), visited);
    }
}
