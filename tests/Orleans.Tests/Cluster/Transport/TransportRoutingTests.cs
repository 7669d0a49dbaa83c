using Orleans.Runtime;
using Orleans.Tests.TestGrains;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Cluster.Transport;

/// <summary>Grain calls between processes: real silos (Kestrel, HTTP/2) on loopback, a cluster client, and a
/// membership the test changes.</summary>
public sealed class TransportRoutingTests
{
    [Fact]
    public async Task Each_call_runs_on_the_silo_that_owns_the_grain()
    {
        await using var cluster = await TransportCluster.StartAsync(3);
        var (grains, _, _) = await cluster.StartClientAsync();

        for (var silo = 0; silo < 3; silo++)
        {
            var key = cluster.KeyOwnedBy(silo);
            Assert.Equal(cluster.Silos[silo].Endpoint, await grains.GetGrain<ISiloProbeGrain>(key).WhereAmI());
            Assert.Equal(1, cluster.Silos[silo].Activations);
        }
    }

    [Fact]
    public async Task Records_travel_as_arguments_and_results()
    {
        await using var cluster = await TransportCluster.StartAsync(2);
        var (grains, _, _) = await cluster.StartClientAsync();
        var key = cluster.KeyOwnedBy(1);
        var at = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(8));

        var report = await grains.GetGrain<ISiloProbeGrain>(key).Report(["a", "é", "中文"], at);

        Assert.Equal(cluster.Silos[1].Endpoint, report.Silo);
        Assert.Equal(key, report.Key);
        Assert.Equal(["a", "é", "中文"], report.Echo);
        Assert.Equal(at, report.At);
        Assert.Equal(at.Offset, report.At.Offset);
    }

    [Fact]
    public async Task Grain_to_grain_calls_cross_silos()
    {
        await using var cluster = await TransportCluster.StartAsync(3);
        var (grains, _, _) = await cluster.StartClientAsync();
        var onFirst = cluster.KeyOwnedBy(0);
        var onSecond = cluster.KeyOwnedBy(1);

        Assert.Equal(cluster.Silos[1].Endpoint, await grains.GetGrain<ISiloProbeGrain>(onFirst).AskOther(onSecond));
        // A silo's own grain factory routes too: the third silo reaches the first one's grain remotely.
        Assert.Equal(cluster.Silos[0].Endpoint, await cluster.Silos[2].Grains.GetGrain<ISiloProbeGrain>(onFirst).WhereAmI());
        Assert.Equal(0, cluster.Silos[2].Activations);
    }

    [Theory]
    [InlineData("invalid", typeof(InvalidOperationException))]
    [InlineData("argument", typeof(ArgumentException))]
    [InlineData("notfound", typeof(KeyNotFoundException))]
    [InlineData("inconsistent", typeof(InconsistentStateException))]
    public async Task Known_exceptions_come_back_as_themselves_with_their_message(string kind, Type expected)
    {
        await using var cluster = await TransportCluster.StartAsync(2);
        var (grains, _, _) = await cluster.StartClientAsync();
        var probe = grains.GetGrain<ISiloProbeGrain>(cluster.KeyOwnedBy(1));

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => probe.Throw(kind, $"boom {kind}"));

        Assert.IsType(expected, exception);
        Assert.Equal($"boom {kind}", exception.Message);
        // The activation survives an exception, as in one process.
        Assert.Equal(cluster.Silos[1].Endpoint, await probe.WhereAmI());
    }

    [Fact]
    public async Task Other_exceptions_come_back_as_RemoteGrainException_naming_the_type()
    {
        await using var cluster = await TransportCluster.StartAsync(2);
        var (grains, _, _) = await cluster.StartClientAsync();

        var exception = await Assert.ThrowsAsync<RemoteGrainException>(
            () => grains.GetGrain<ISiloProbeGrain>(cluster.KeyOwnedBy(0)).Throw("custom", "custom failure"));

        Assert.Equal(typeof(ProbeException).FullName, exception.RemoteType);
        Assert.Equal("custom failure", exception.RemoteMessage);
    }

    [Fact]
    public async Task An_exception_two_hops_away_keeps_its_original_type()
    {
        await using var cluster = await TransportCluster.StartAsync(3);
        var (grains, _, _) = await cluster.StartClientAsync();
        var first = grains.GetGrain<ISiloProbeGrain>(cluster.KeyOwnedBy(0));
        var second = cluster.KeyOwnedBy(1);

        var custom = await Assert.ThrowsAsync<RemoteGrainException>(() => first.ThrowVia(second, "custom", "deep"));
        Assert.Equal(typeof(ProbeException).FullName, custom.RemoteType);
        Assert.Equal("deep", custom.RemoteMessage);
        var known = await Assert.ThrowsAsync<InvalidOperationException>(() => first.ThrowVia(second, "invalid", "deep too"));
        Assert.Equal("deep too", known.Message);
    }

    [Fact]
    public async Task A_call_that_outlives_the_response_timeout_fails_with_TimeoutException()
    {
        await using var cluster = await TransportCluster.StartAsync(2, responseTimeout: TimeSpan.FromMilliseconds(300));
        var (grains, _, _) = await cluster.StartClientAsync();
        var probe = grains.GetGrain<ISiloProbeGrain>(cluster.KeyOwnedBy(1));

        await Assert.ThrowsAsync<TimeoutException>(() => probe.Sleep(1500));
        // The silo and the connection are fine: another grain there answers at once (the first one is still asleep).
        Assert.Equal(5, await grains.GetGrain<ISiloProbeGrain>(cluster.KeyOwnedBy(1)).Sleep(5));
    }

    [Fact]
    public async Task A_refused_call_is_retried_on_the_owner_of_the_refreshed_view()
    {
        await using var cluster = await TransportCluster.StartAsync(2);
        var (grains, membership, _) = await cluster.StartClientAsync();
        var key = cluster.KeyOwnedBy(0);
        var probe = grains.GetGrain<ISiloProbeGrain>(key);
        Assert.Equal(cluster.Silos[0].Endpoint, await probe.WhereAmI());

        // Silo 0 leaves the view; both silos know, the client does not yet: silo 0 refuses, the client refreshes.
        var view = cluster.PublishWithout(0);
        Assert.Equal(1, membership.CurrentView.Version);

        Assert.Equal(cluster.Silos[1].Endpoint, await probe.WhereAmI());
        Assert.True(membership.Refreshes >= 1);
        Assert.Equal(view.Version, membership.CurrentView.Version);
        // Silo 0 let go of the activation it no longer owns.
        await WaitUntilAsync(() => cluster.Silos[0].Activations == 0);
    }

    [Fact]
    public async Task A_joining_silo_takes_over_only_its_share()
    {
        await using var cluster = await TransportCluster.StartAsync(3);
        var (grains, _, _) = await cluster.StartClientAsync();
        var smaller = cluster.PublishWithout(2);
        var keys = Enumerable.Range(0, 40).Select(i => cluster.KeyOwnedBy(i % 2, smaller)).ToList();
        foreach (var key in keys)
        {
            await grains.GetGrain<ISiloProbeGrain>(key).WhereAmI();
        }

        Assert.Equal(keys.Count, cluster.Silos[0].Activations + cluster.Silos[1].Activations);

        // Silo 2 (re)joins: exactly the grains it now wins are deactivated on the others, nothing else moves.
        var full = cluster.Table.Publish(cluster.Silos.Select(s => s.Address));
        var moving = keys.Count(k => GrainPlacement.OwnerOf(new GrainId("siloprobe", k), full) == cluster.Silos[2].Address);
        Assert.InRange(moving, 1, keys.Count - 1);
        foreach (var silo in cluster.Silos)
        {
            silo.Membership.Apply(full);
        }

        await WaitUntilAsync(() => cluster.Silos[0].Activations + cluster.Silos[1].Activations == keys.Count - moving);
        foreach (var key in keys)
        {
            var owner = GrainPlacement.OwnerOf(new GrainId("siloprobe", key), full)!;
            Assert.Equal(owner.Endpoint, await grains.GetGrain<ISiloProbeGrain>(key).WhereAmI());
        }

        Assert.Equal(moving, cluster.Silos[2].Activations);
    }

    [Fact]
    public async Task Calls_to_a_stopped_silo_fail_until_the_view_drops_it_then_go_to_the_new_owner()
    {
        await using var cluster = await TransportCluster.StartAsync(3);
        var (grains, membership, _) = await cluster.StartClientAsync();
        var key = cluster.KeyOwnedBy(2);
        var probe = grains.GetGrain<ISiloProbeGrain>(key);
        Assert.Equal(cluster.Silos[2].Endpoint, await probe.WhereAmI());

        await cluster.Silos[2].StopAsync();

        // Still in the view: every retry meets a closed port, and the call (which never ran) fails clearly.
        var failure = await Assert.ThrowsAsync<SiloUnavailableException>(() => probe.WhereAmI());
        Assert.Contains(cluster.Silos[2].Endpoint, failure.Message);
        Assert.True(membership.Refreshes >= 1);

        var view = cluster.PublishWithout(2);
        var newOwner = GrainPlacement.OwnerOf(new GrainId("siloprobe", key), view)!;
        Assert.Equal(newOwner.Endpoint, await probe.WhereAmI());
    }

    [Fact]
    public async Task Concurrent_remote_calls_to_a_non_reentrant_grain_take_turns()
    {
        await using var cluster = await TransportCluster.StartAsync(2);
        var (grains, _, _) = await cluster.StartClientAsync();
        var key = cluster.KeyOwnedBy(1);

        // From the client and from the other silo at once, all over the transport.
        var calls = Enumerable.Range(0, 30)
            .Select(i => (i % 3 == 0 ? cluster.Silos[0].Grains : grains).GetGrain<ISiloProbeGrain>(key).Track(10))
            .ToList();
        var maxima = await Task.WhenAll(calls);

        Assert.All(maxima, m => Assert.Equal(1, m));
        Assert.Equal(0, cluster.Silos[0].Activations);
    }

    [Theory]
    [PostgresData]
    public async Task State_follows_a_grain_to_its_new_owner_through_PostgreSQL(string provider)
    {
        Assert.Equal("Postgres", provider);
        await using var cluster = await TransportCluster.StartAsync(3);
        var (grains, _, _) = await cluster.StartClientAsync();
        var key = cluster.KeyOwnedBy(1, grainType: "counter");
        var counter = grains.GetGrain<ICounterGrain>(key);
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(i, await counter.Increment());
        }

        await cluster.Silos[1].StopAsync();
        cluster.PublishWithout(1);

        Assert.Equal(4, await counter.Increment());
        Assert.Equal(4, await counter.Get());
    }

    /// <summary>Waits for something the silos do in the background (deactivations); fails after 10 s.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 10 s.");
            await Task.Delay(20);
        }
    }
}
