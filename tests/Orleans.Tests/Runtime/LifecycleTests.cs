using Orleans.Configuration;
using Orleans.Tests.TestGrains;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Runtime;

public sealed class LifecycleTests
{
    [Fact]
    public async Task DeactivateOnIdle_runs_OnDeactivateAsync_and_the_next_call_reactivates_with_persisted_state()
    {
        await using var cluster = await TestCluster.StartAsync();
        var probe = (LifecycleProbe)cluster.Services.GetService(typeof(LifecycleProbe))!;
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("cycle");
        await grain.Increment();
        await grain.Increment();
        var first = await grain.GetActivationId();

        await grain.Deactivate();
        await probe.WaitForAsync("deactivate:ApplicationRequested", "cycle");

        Assert.Equal(2, await grain.Get());
        Assert.NotEqual(first, await grain.GetActivationId());
        Assert.Equal(2, probe.Count("activate", "cycle"));
    }

    [Fact]
    public async Task Calls_arriving_during_deactivation_are_served_by_the_next_activation()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("forwarded");

        var deactivate = grain.Deactivate();
        var increments = Enumerable.Range(0, 100).Select(_ => grain.Increment()).ToArray();
        await deactivate;

        Assert.Equal(Enumerable.Range(1, 100), (await Task.WhenAll(increments)).Order());
        Assert.Equal(100, await grain.Get());
    }

    [Fact]
    public async Task Idle_activations_are_collected_after_the_collection_age()
    {
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.CollectionAge = TimeSpan.FromMilliseconds(300);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(50);
        });
        var probe = (LifecycleProbe)cluster.Services.GetService(typeof(LifecycleProbe))!;
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("idle");
        await grain.Increment();

        await probe.WaitForAsync("deactivate:IdleCollection", "idle");

        Assert.Equal(1, await grain.Get());
        Assert.Equal(2, probe.Count("activate", "idle"));
    }

    [Fact]
    public async Task Busy_activations_are_not_collected()
    {
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.CollectionAge = TimeSpan.FromMilliseconds(400);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(50);
        });
        var probe = (LifecycleProbe)cluster.Services.GetService(typeof(LifecycleProbe))!;
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("busy");

        for (var i = 0; i < 12; i++)
        {
            await grain.Increment();
            await Task.Delay(100);
        }

        Assert.Equal(0, probe.Count("deactivate", "busy"));
    }

    [Fact]
    public void Default_collection_age_is_15_minutes()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), new GrainCollectionOptions().CollectionAge);
    }

    [Fact]
    public async Task State_survives_a_silo_restart_on_sqlite()
    {
        var cluster = await TestCluster.StartAsync(o => o.Provider = StorageProviderKind.Sqlite);
        await cluster.GrainFactory.GetGrain<ICounterGrain>("durable").Increment();
        await cluster.GrainFactory.GetGrain<ICounterGrain>("durable").Increment();

        await using var restarted = await cluster.RestartAsync();

        Assert.Equal(2, await restarted.GrainFactory.GetGrain<ICounterGrain>("durable").Get());
        Assert.Equal("2", await restarted.GrainFactory.GetGrain<ICounterGrain>("durable").GetEtag());
    }
}
