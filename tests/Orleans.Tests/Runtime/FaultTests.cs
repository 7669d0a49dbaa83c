using Orleans.Runtime;
using Orleans.Storage;
using Orleans.Tests.TestGrains;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Runtime;

public sealed class FaultTests
{
    [Fact]
    public async Task A_slow_call_fails_with_TimeoutException_after_the_response_timeout()
    {
        await using var cluster = await TestCluster.StartAsync(o => o.ResponseTimeout = TimeSpan.FromMilliseconds(300));
        var grain = cluster.GrainFactory.GetGrain<ISlowGrain>(1);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => grain.Sleep(3000).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("ISlowGrain.Sleep", error.Message);
    }

    [Fact]
    public async Task Calls_queued_behind_a_stuck_call_time_out_too()
    {
        await using var cluster = await TestCluster.StartAsync(o => o.ResponseTimeout = TimeSpan.FromMilliseconds(300));
        var grain = cluster.GrainFactory.GetGrain<ISlowGrain>(2);

        var stuck = grain.Sleep(2000);
        var queued = grain.GetKey().AsTask();

        await Assert.ThrowsAsync<TimeoutException>(() => queued.WaitAsync(TimeSpan.FromSeconds(10)));
        await Assert.ThrowsAsync<TimeoutException>(() => stuck.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Default_response_timeout_is_30_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new Orleans.Configuration.SiloMessagingOptions().ResponseTimeout);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_grain_exception_reaches_the_caller_with_type_and_message_and_the_activation_keeps_serving()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("boom");
        var before = await grain.GetActivationId();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Fail("bad things"));

        Assert.Equal("bad things", error.Message);
        Assert.Equal(before, await grain.GetActivationId());
        Assert.Equal(1, await grain.Increment());
    }

    [Fact]
    public async Task InconsistentStateException_deactivates_the_activation_and_the_next_call_reloads_state()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("raced");
        Assert.Equal(1, await grain.Increment());
        var first = await grain.GetActivationId();

        // Someone else writes the row behind the activation's back: its ETag is now stale.
        var storage = (IGrainStorage)cluster.Services.GetService(typeof(IGrainStorage))!;
        await storage.WriteAsync("counter", "raced", expectedVersion: 1, payload: """{"count":41}""");

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Increment());
        Assert.NotEqual(first, await grain.GetActivationId());
        Assert.Equal(41, await grain.Get());
        Assert.Equal(42, await grain.Increment());
    }
}
