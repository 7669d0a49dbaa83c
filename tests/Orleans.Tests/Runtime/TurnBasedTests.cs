using Orleans.Runtime;
using Orleans.Tests.TestGrains;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Runtime;

public sealed class TurnBasedTests
{
    [Fact]
    public async Task Calls_to_one_activation_run_one_at_a_time_in_arrival_order()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ISequenceGrain>("fifo");

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => grain.Append(i, i % 3)));

        Assert.Equal(Enumerable.Range(0, 50), await grain.GetValues());
        Assert.Equal(1, await grain.MaxInProgress());
        Assert.False(await grain.RanInParallel());
    }

    [Fact]
    public async Task Reentrant_grain_interleaves_requests_but_never_runs_code_in_parallel()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IReentrantSequenceGrain>("re");

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => grain.Append(i, 20)));

        Assert.True(await grain.MaxInProgress() > 1);
        Assert.False(await grain.RanInParallel());
        Assert.Equal(50, (await grain.GetValues()).Length);
    }

    [Fact]
    public async Task AlwaysInterleave_method_runs_while_a_request_is_in_progress()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ISequenceGrain>("peek");

        // The slow call holds its turn for 5 s. Polling with the interleaving method sees it in progress at once if
        // that method interleaves; if it queued behind the slow call instead, the first answer would come only after
        // the slow call ended (reporting 0), and the assertions below would fail.
        var slow = grain.Append(1, 5000);
        var inProgress = 0;
        while (inProgress == 0 && !slow.IsCompleted)
        {
            inProgress = await grain.InProgressNow().WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(1, inProgress);
        Assert.False(slow.IsCompleted);
        await slow;
    }

    [Fact]
    public async Task Grain_to_grain_calls_work()
    {
        await using var cluster = await TestCluster.StartAsync();

        var visited = await cluster.GrainFactory.GetGrain<ICycleGrain>("a").Ping(["b", "c"]);

        Assert.Equal("a>b>c", visited);
    }

    [Fact]
    public async Task A_call_cycle_on_non_reentrant_grains_fails_at_once_with_DeadlockException()
    {
        await using var cluster = await TestCluster.StartAsync(o => o.ResponseTimeout = TimeSpan.FromSeconds(30));

        var cycle = cluster.GrainFactory.GetGrain<ICycleGrain>("a").Ping(["b", "a"]);
        var error = await Assert.ThrowsAsync<DeadlockException>(() => cycle.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.StartsWith("Deadlock", error.Message);
        Assert.Contains("ICycleGrain.Ping", error.Message);
        Assert.Equal("a", await cluster.GrainFactory.GetGrain<ICycleGrain>("a").Ping([]));
    }

    [Fact]
    public async Task A_call_cycle_on_reentrant_grains_completes()
    {
        await using var cluster = await TestCluster.StartAsync();

        var visited = await cluster.GrainFactory.GetGrain<IReentrantCycleGrain>("a").Ping(["b", "a"]);

        Assert.Equal("a>b>a", visited);
    }
}
