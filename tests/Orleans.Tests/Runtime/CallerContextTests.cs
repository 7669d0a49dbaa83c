using Orleans.Tests.TestKit;

namespace Orleans.Tests.Runtime;

/// <summary>A call from outside the silo to an idle activation may start its turn on the caller's thread; grain code
/// must still see exactly what a queued turn sees, and leave the caller's context as it was.</summary>
public sealed class CallerContextTests
{
    [Fact]
    public async Task Grain_code_never_sees_the_callers_async_locals_and_never_changes_them()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IContextProbeGrain>("ambient");
        await grain.ReadAndSetAmbient("warm-up"); // activated and idle: the next calls find it with nothing queued

        for (var i = 0; i < 20; i++)
        {
            ContextProbeGrain.Ambient.Value = $"caller-{i}";
            var context = SynchronizationContext.Current;

            Assert.Null(await grain.ReadAndSetAmbient($"grain-{i}"));
            Assert.Equal($"caller-{i}", ContextProbeGrain.Ambient.Value);
            Assert.Same(context, SynchronizationContext.Current);
        }
    }
}
