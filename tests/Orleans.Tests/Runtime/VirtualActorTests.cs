using Orleans.Runtime;
using Orleans.Tests.TestGrains;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Runtime;

public sealed class VirtualActorTests
{
    [Fact]
    public async Task GetGrain_returns_a_reference_without_activating()
    {
        await using var cluster = await TestCluster.StartAsync();
        var catalog = (Catalog)cluster.Services.GetService(typeof(Catalog))!;

        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("lazy");

        Assert.NotNull(grain);
        Assert.Equal(0, catalog.Count);
        Assert.Equal(1, await grain.Increment());
        Assert.Equal(1, catalog.Count);
    }

    [Fact]
    public async Task Integer_keys_reach_the_grain_and_value_tasks_work()
    {
        await using var cluster = await TestCluster.StartAsync();

        var grain = cluster.GrainFactory.GetGrain<ISlowGrain>(-42);

        Assert.Equal(-42, await grain.GetKey());
        await grain.Nothing();
        Assert.Equal(7, await cluster.GrainFactory.GetGrain<ISlowGrain>(7).Sleep(1));
    }

    [Fact]
    public async Task A_storm_of_first_calls_creates_one_activation()
    {
        await using var cluster = await TestCluster.StartAsync();
        var probe = (LifecycleProbe)cluster.Services.GetService(typeof(LifecycleProbe))!;
        using var start = new ManualResetEventSlim();

        // Many threads released together, each with its own reference, all calling a grain that does not exist yet.
        var calls = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            var mine = Enumerable.Range(0, 250).Select(_ => cluster.GrainFactory.GetGrain<ICounterGrain>("storm").Increment()).ToArray();
            return await Task.WhenAll(mine);
        })).ToArray();
        start.Set();
        var results = (await Task.WhenAll(calls)).SelectMany(r => r).ToArray();

        Assert.Equal(1, probe.Count("activate", "storm"));
        Assert.Equal(2000, await cluster.GrainFactory.GetGrain<ICounterGrain>("storm").Get());
        Assert.Equal(Enumerable.Range(1, 2000), results.Order());
    }

    [Fact]
    public async Task Unregistered_interface_is_refused_clearly()
    {
        await using var cluster = await TestCluster.StartAsync();

        var error = Assert.Throws<ArgumentException>(() => cluster.GrainFactory.GetGrain<IUnimplementedGrain>("x"));

        Assert.Contains(nameof(IUnimplementedGrain), error.Message);
    }

    public interface IUnimplementedGrain : IGrainWithStringKey
    {
        Task Hello();
    }
}
