using Orleans.Tests.TestGrains;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Runtime;

public sealed class TimerTests
{
    [Fact]
    public async Task Timer_ticks_run_as_turns_and_the_next_tick_waits_for_the_callback()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ITimerGrain>("ticking");

        await grain.Start(periodMs: 30, callbackMs: 60);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await grain.Ticks() < 5 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        await grain.Stop();
        Assert.True(await grain.Ticks() >= 5);
        Assert.False(await grain.CallSawTickRunning());
        Assert.All(await grain.Gaps(), gap => Assert.True(gap >= 25, $"next tick came {gap} ms after the previous callback ended"));
    }

    [Fact]
    public async Task A_timer_does_not_keep_an_idle_grain_alive()
    {
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.CollectionAge = TimeSpan.FromMilliseconds(300);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(50);
        });
        var probe = (LifecycleProbe)cluster.Services.GetService(typeof(LifecycleProbe))!;

        await cluster.GrainFactory.GetGrain<ITimerGrain>("sleepy").Start(periodMs: 20, callbackMs: 1);

        await probe.WaitForAsync("deactivate", "sleepy");
        Assert.Equal(0, await cluster.GrainFactory.GetGrain<ITimerGrain>("sleepy").Ticks());
    }
}
