using Xunit;

namespace Orleans.Tests.Cluster.Processes;

/// <summary>Issue 8's cluster tests: real silo, API host, nginx and Redis processes started by cluster/up.sh, the
/// load generator's seckill scenario through nginx, and processes killed, paused and added under load.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterProcessTests
{
    private static readonly TimeSpan DeathTimeout = TimeSpan.FromSeconds(5);

    // A silo that lost touch with Redis for longer than the death timeout fences itself when it finds the table gone
    // (it cannot tell whether it was declared dead). Reconnecting after a restart took over 5 s on a loaded CI
    // machine, so this test gives the outage the product's default margin instead.
    private static readonly TimeSpan RedisOutageDeathTimeout = TimeSpan.FromSeconds(10);

    [ClusterFact]
    public async Task Three_silos_and_two_api_hosts_sell_through_nginx_and_every_invariant_holds()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3, apis: 2, DeathTimeout);

        var run = await ClusterLoad.RunAsync(cluster.Url, cluster.AdminPassword, TimeSpan.FromSeconds(6), quota: 150, mobilePrefix: "1701", limitPerUser: 3);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("invariants: all hold", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, run.Errors);
        var spread = await cluster.ActivationsPerSiloAsync(3);
        Assert.True(spread.All(count => count > 0), $"every silo hosts grains: {string.Join(", ", spread)}");
    }

    [ClusterFact]
    public async Task A_silo_killed_mid_sale_loses_no_acknowledged_order_and_the_others_take_over()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3, apis: 2, DeathTimeout);
        var firing = new TaskCompletionSource();
        var load = ClusterLoad.RunAsync(cluster.Url, cluster.AdminPassword, TimeSpan.FromSeconds(10), quota: 1500, mobilePrefix: "1702", firing: firing);
        await BuyingAsync(firing, load);

        await cluster.KillAsync("silo2");
        var first = await load;

        // The books balance over everything acknowledged before, during and after the kill.
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("invariants: all hold", first.Output, StringComparison.Ordinal);

        // Once the dead silo is out of every view, the cluster serves the same sale without errors.
        await Task.Delay(DeathTimeout * 2);
        var after = await ClusterLoad.RunAsync(cluster.Url, cluster.AdminPassword, TimeSpan.FromSeconds(4), quota: 0, mobilePrefix: "1703", seckillId: first.SeckillId);
        Assert.True(after.ExitCode == 0, after.Output);
        Assert.Equal(0, after.Errors);
        Assert.True(after.Orders > 0, after.Output);
    }

    [ClusterFact]
    public async Task An_api_host_killed_mid_sale_loses_no_acknowledged_order()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3, apis: 2, DeathTimeout);
        var firing = new TaskCompletionSource();
        var load = ClusterLoad.RunAsync(cluster.Url, cluster.AdminPassword, TimeSpan.FromSeconds(8), quota: 1500, mobilePrefix: "1704", firing: firing);
        await BuyingAsync(firing, load);

        await cluster.KillAsync("api1");
        var run = await load;

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("invariants: all hold", run.Output, StringComparison.Ordinal);
        var after = await ClusterLoad.RunAsync(cluster.Url, cluster.AdminPassword, TimeSpan.FromSeconds(3), quota: 0, mobilePrefix: "1705", seckillId: run.SeckillId);
        Assert.True(after.ExitCode == 0, after.Output);
        Assert.Equal(0, after.Errors); // nginx sends everything to the surviving host
    }

    [ClusterFact]
    public async Task A_paused_silo_declared_dead_never_serves_again()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3, apis: 1, DeathTimeout);
        await cluster.PauseAsync("silo3");
        await Task.Delay(DeathTimeout * 3); // peers declare it dead

        var during = await ClusterLoad.RunAsync(cluster.Url, cluster.AdminPassword, TimeSpan.FromSeconds(4), quota: 200, mobilePrefix: "1706");
        Assert.True(during.ExitCode == 0, during.Output);
        Assert.Equal(0, during.Errors);

        await cluster.ResumeAsync("silo3");
        Assert.True(await cluster.WaitForExitAsync("silo3", DeathTimeout * 4), "a silo that finds itself declared dead stops: " + cluster.Log("silo3"));
        var after = await ClusterLoad.RunAsync(cluster.Url, cluster.AdminPassword, TimeSpan.FromSeconds(3), quota: 0, mobilePrefix: "1707", seckillId: during.SeckillId);
        Assert.True(after.ExitCode == 0, after.Output);
        Assert.Equal(0, after.Errors);
    }

    [ClusterFact]
    public async Task A_joining_silo_takes_over_only_its_share_of_grains()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 2, apis: 1, DeathTimeout);
        await cluster.WaitForViewsAsync(silos: 2, apis: 1, DeathTimeout);
        var before = await cluster.PlacementAsync(silos: 2, probes: 600);

        await cluster.UpAsync(silos: 3, apis: 1);
        await cluster.WaitForViewsAsync(silos: 3, apis: 1, DeathTimeout);
        var after = await cluster.PlacementAsync(silos: 3, probes: 600);

        var moved = before.Keys.Where(grain => before[grain] != after[grain]).ToList();
        Assert.Equal(before.Count, after.Count);
        Assert.All(moved, grain => Assert.Equal(3, after[grain]));
        Assert.InRange(moved.Count, 100, 320); // about a third of 600 moves, all of it to the new silo
    }

    [ClusterFact]
    public async Task A_redis_restart_mid_sale_loses_no_state_and_membership_recovers()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3, apis: 1, RedisOutageDeathTimeout);
        var firing = new TaskCompletionSource();
        var load = ClusterLoad.RunAsync(cluster.Url, cluster.AdminPassword, TimeSpan.FromSeconds(8), quota: 1500, mobilePrefix: "1708", firing: firing);
        await BuyingAsync(firing, load);

        await cluster.RestartRedisAsync();
        var run = await load;

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("invariants: all hold", run.Output, StringComparison.Ordinal);
        await Task.Delay(DeathTimeout);
        for (var silo = 1; silo <= 3; silo++)
        {
            Assert.Equal(3, (await cluster.StatsAsync(silo)).GetProperty("active_silos").GetInt32());
        }

        var after = await ClusterLoad.RunAsync(cluster.Url, cluster.AdminPassword, TimeSpan.FromSeconds(3), quota: 0, mobilePrefix: "1709", seckillId: run.SeckillId);
        Assert.True(after.ExitCode == 0, after.Output);
        Assert.Equal(0, after.Errors);
    }

    // Two seconds into the buying phase: orders are being acknowledged when the process goes.
    private static async Task BuyingAsync(TaskCompletionSource firing, Task<ClusterLoad.Result> load)
    {
        if (await Task.WhenAny(firing.Task, load) == load)
        {
            var early = await load;
            Assert.Fail("the load generator ended before buying began:\n" + early.Output);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
    }
}
