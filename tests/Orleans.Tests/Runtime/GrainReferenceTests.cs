using System.Reflection;
using Orleans.Runtime;
using Orleans.Tests.TestGrains;

namespace Orleans.Tests.Runtime;

/// <summary>References come from a constructor compiled once per interface, not from DispatchProxy.Create per call;
/// they are independent objects that behave exactly like the proxies DispatchProxy makes.</summary>
public sealed class GrainReferenceTests
{
    [Fact]
    public void References_are_made_by_the_compiled_constructor_and_are_distinct_proxies_of_the_interface()
    {
        var activator = new GrainReferenceActivator(typeof(ICounterGrain));
        Assert.True(activator.IsCompiled, "DispatchProxy's generated class no longer has the constructor shape the runtime compiles");

        var first = activator.Create();
        var second = activator.Create();
        Assert.NotSame(first, second);
        Assert.IsAssignableFrom<ICounterGrain>(first);
        Assert.Equal(DispatchProxy.Create(typeof(ICounterGrain), typeof(GrainReferenceProxy)).GetType(), first.GetType());
    }

    [Fact]
    public async Task Compiled_references_call_their_own_grain_including_inherited_interface_methods()
    {
        await using var cluster = await TestKit.TestCluster.StartAsync();
        var a = cluster.GrainFactory.GetGrain<ICounterGrain>("a");
        var b = cluster.GrainFactory.GetGrain<ICounterGrain>("b");

        Assert.Equal(1, await a.Increment());
        Assert.Equal(2, await a.Increment());
        Assert.Equal(1, await b.Increment());
        Assert.Equal(3, await cluster.GrainFactory.GetGrain<ICounterGrain>("a").Increment());
        Assert.Equal("GrainReference:" + ((GrainReferenceProxy)(object)a).GrainId, a.ToString());

        var sequence = cluster.GrainFactory.GetGrain<ISequenceGrain>("s"); // its methods are declared on ISequence
        await sequence.Append(7, 0);
        var values = await sequence.GetValues();
        Assert.Equal([7], values);
    }
}
