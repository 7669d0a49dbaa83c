using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Runtime;
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
        // Idle age is read from the silo's TimeProvider, stepped here by hand; the collector is run directly (its
        // periodic loop is an hour away), so no sleep or machine load can change what the test sees.
        var clock = new SteppedClock();
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.CollectionAge = TimeSpan.FromMinutes(10);
            o.CollectionQuantum = TimeSpan.FromHours(1);
            o.ConfigureServices = services => services.AddSingleton<TimeProvider>(clock);
        });
        var catalog = cluster.Services.GetRequiredService<Catalog>();
        var probe = (LifecycleProbe)cluster.Services.GetService(typeof(LifecycleProbe))!;
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("busy");
        await grain.Increment();

        // A call every 6 minutes for an hour: far past the 10-minute age since activation, never 10 minutes idle.
        for (var i = 0; i < 10; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(6));
            Assert.Equal(0, catalog.CollectIdle(cluster.Options.CollectionAge));
            await grain.Increment();
        }

        Assert.Equal(0, probe.Count("deactivate", "busy"));
        Assert.Equal(11, await grain.Get());

        // The same collector does take the grain once it really has been idle for the age.
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, catalog.CollectIdle(cluster.Options.CollectionAge));
        await probe.WaitForAsync("deactivate:IdleCollection", "busy");
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
