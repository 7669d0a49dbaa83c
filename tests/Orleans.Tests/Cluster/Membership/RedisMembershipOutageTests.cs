using Orleans.Runtime.Membership;

namespace Orleans.Tests.Cluster.Membership;

/// <summary>Redis out of reach for one silo (a relay the test cuts) while its peers still reach it.</summary>
public sealed class RedisMembershipOutageTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [RedisFact]
    public async Task A_short_outage_keeps_the_last_view_and_the_silo_carries_on_when_redis_is_back()
    {
        await using var cluster = new MembershipCluster();
        await using var proxy = new RedisProxy(cluster.Options.Redis);
        var (a, b) = (cluster.Silo(redis: proxy.Endpoint), cluster.Silo());
        await a.StartAsync();
        await b.StartAsync();
        await cluster.RunAsync(Second, a, b);
        var view = a.Membership.CurrentView;

        proxy.Cut();
        await cluster.RunAsync(cluster.Options.DeathTimeout - Second, a, b);
        Assert.Same(view, a.Membership.CurrentView);
        Assert.True(a.Sees(a) && a.Sees(b));
        Assert.Contains(cluster.Log.Messages, m => m.Contains("unreachable; keeping the view", StringComparison.Ordinal));

        proxy.Restore();
        await Eventually.TrueAsync(async () => { await a.TickAsync(); return cluster.Log.Messages.Any(m => m.Contains("reachable again", StringComparison.Ordinal)); }, "the silo reads the table again");
        Assert.False(a.Membership.IsFenced);
        Assert.True(a.Sees(a));
        Assert.Equal(SiloStatus.Active, (await cluster.EntryAsync(a))!.Status);
        await b.TickAsync();
        Assert.True(b.Sees(a));
    }

    [RedisFact]
    public async Task A_silo_cut_off_for_longer_than_the_death_timeout_leaves_its_own_view_and_once_back_finds_itself_dead()
    {
        await using var cluster = new MembershipCluster();
        await using var proxy = new RedisProxy(cluster.Options.Redis);
        var (a, b) = (cluster.Silo(redis: proxy.Endpoint), cluster.Silo());
        await a.StartAsync();
        await b.StartAsync();
        await cluster.RunAsync(Second, a, b);

        proxy.Cut();
        await cluster.RunAsync(cluster.Options.DeathTimeout + Second, a, b);

        // Unsure: it keeps routing by the last view, but without itself, and said so to its subscribers.
        Assert.False(a.Sees(a));
        Assert.True(a.Sees(b));
        Assert.DoesNotContain(a.Address, a.Published[^1].ActiveSilos);
        Assert.False(a.Membership.IsFenced);

        // Its peer, in touch all along, declared it dead.
        Assert.Equal(SiloStatus.Dead, (await cluster.EntryAsync(a))!.Status);
        Assert.False(b.Sees(a));

        proxy.Restore();
        await Eventually.TrueAsync(async () => { await a.TickAsync(); return a.Membership.IsFenced; }, "the silo reads its own entry as dead");
        Assert.True(a.Lifetime.StopRequested);
        Assert.False(a.Sees(a));
        Assert.Equal(SiloStatus.Dead, (await cluster.EntryAsync(a))!.Status);
    }
}
