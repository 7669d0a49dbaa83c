using System.Text.Json;
using Orleans.Runtime.Membership;

namespace Orleans.Tests.Cluster.Membership;

/// <summary>The membership table against a real Redis, several silos (and a client) in one process on one
/// controllable clock: each step is what the hosted service runs periodically.</summary>
public sealed class RedisMembershipTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [RedisFact]
    public async Task Silos_that_join_see_each_other_and_a_client_sees_them_without_being_listed()
    {
        await using var cluster = new MembershipCluster();
        var silos = new[] { cluster.Silo(), cluster.Silo(), cluster.Silo() };
        await silos[0].Membership.JoinAsync(CancellationToken.None);
        Assert.Equal(SiloStatus.Joining, (await cluster.EntryAsync(silos[0]))!.Status);
        Assert.DoesNotContain(silos[0].Address, silos[0].Membership.CurrentView.ActiveSilos);

        foreach (var silo in silos)
        {
            await silo.StartAsync();
        }

        foreach (var silo in silos)
        {
            await silo.Membership.RefreshAsync();
            Assert.Equal(silos.Select(s => s.Address).OrderBy(a => a.ToString(), StringComparer.Ordinal), silo.Membership.CurrentView.ActiveSilos);
            Assert.Equal(silo.Address, silo.Membership.LocalSilo);
        }

        var client = cluster.Client();
        var view = await client.RefreshAsync();
        Assert.Null(client.LocalSilo);
        Assert.Equal(3, view.ActiveSilos.Count);
        Assert.Equal(silos[0].Membership.CurrentView.Version, view.Version);
        var table = await cluster.Table.ReadAsync();
        Assert.Equal(3, table.Rows.Count);

        // The stored form every process reads: exactly these fields, the status by name, times in UTC.
        using var json = JsonDocument.Parse(table.Rows[silos[1].Address.ToString()].Raw);
        Assert.Equal(["endpoint", "generation", "status", "startTime", "iAmAliveTime"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(silos[1].Address.Endpoint, json.RootElement.GetProperty("endpoint").GetString());
        Assert.Equal(silos[1].Address.Generation, json.RootElement.GetProperty("generation").GetInt64());
        Assert.Equal("Active", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(TimeSpan.Zero, json.RootElement.GetProperty("iAmAliveTime").GetDateTimeOffset().Offset);
        Assert.Equal(silos[2].Membership.CurrentView.ActiveSilos, silos[2].Published[^1].ActiveSilos);
    }

    [RedisFact]
    public async Task A_silo_that_stops_heartbeating_is_declared_dead_once_the_death_timeout_passes_and_leaves_every_view()
    {
        await using var cluster = new MembershipCluster();
        var (a, b, c) = (cluster.Silo(), cluster.Silo(), cluster.Silo());
        foreach (var silo in new[] { a, b, c })
        {
            await silo.StartAsync();
        }

        var client = cluster.Client();
        await client.RefreshAsync();

        // c falls silent. Exactly the death timeout is not yet too old.
        await cluster.RunAsync(cluster.Options.DeathTimeout, a, b);
        Assert.True(a.Sees(c) && b.Sees(c));
        Assert.Equal(SiloStatus.Active, (await cluster.EntryAsync(c))!.Status);

        await cluster.RunAsync(Second, a, b);
        Assert.Equal(SiloStatus.Dead, (await cluster.EntryAsync(c))!.Status);
        Assert.False(a.Sees(c));
        Assert.False(b.Sees(c));
        Assert.True(a.Sees(b) && b.Sees(a) && a.Sees(a));
        Assert.DoesNotContain(c.Address, (await client.RefreshAsync()).ActiveSilos);
        Assert.DoesNotContain(c.Address, a.Published[^1].ActiveSilos);
        Assert.Contains(cluster.Log.Messages, m => m.Contains($"Declared silo {c.Address} dead", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task A_declared_dead_silo_that_resumes_refuses_stops_its_host_and_never_comes_back()
    {
        await using var cluster = new MembershipCluster();
        var (a, b, c) = (cluster.Silo(), cluster.Silo(), cluster.Silo());
        foreach (var silo in new[] { a, b, c })
        {
            await silo.StartAsync();
        }

        await c.Membership.RefreshAsync();
        Assert.True(c.Sees(c));

        // c is paused (SIGSTOP) while a and b go on and declare it dead.
        await cluster.RunAsync(cluster.Options.DeathTimeout + Second, a, b);
        Assert.Equal(SiloStatus.Dead, (await cluster.EntryAsync(c))!.Status);

        // Resumed: before it has read anything, the clock alone tells it it is unsure, so it does not serve.
        Assert.False(c.Sees(c));
        Assert.Contains(a.Address, c.Membership.CurrentView.ActiveSilos);

        await c.Membership.HeartbeatAsync(CancellationToken.None);
        Assert.True(c.Membership.IsFenced);
        Assert.True(c.Lifetime.StopRequested);
        Assert.False(c.Sees(c));
        Assert.DoesNotContain(c.Address, c.Published[^1].ActiveSilos);
        Assert.Contains(cluster.Log.Messages, m => m.Contains($"Silo {c.Address} must not serve any more", StringComparison.Ordinal));

        // Nothing it does afterwards brings it back under this generation.
        await c.Membership.JoinAsync(CancellationToken.None);
        Assert.False(await c.Membership.ActivateAsync(CancellationToken.None));
        await c.TickAsync();
        await c.Membership.LeaveAsync(CancellationToken.None);
        await cluster.Table.DeleteAsync();
        await c.TickAsync();
        Assert.False(c.Sees(c));
        Assert.Null(await cluster.EntryAsync(c));
        await a.TickAsync();
        await cluster.RunAsync(Second, a, b, c);
        Assert.False(a.Sees(c));
        Assert.Null(await cluster.EntryAsync(c));
    }

    [RedisFact]
    public async Task A_silo_whose_entry_was_removed_from_the_table_fences_itself()
    {
        await using var cluster = new MembershipCluster();
        var (a, b) = (cluster.Silo(), cluster.Silo());
        await a.StartAsync();
        await b.StartAsync();
        await b.Membership.RefreshAsync();
        Assert.True(b.Sees(b));

        // Dead entries are purged after a while; a silo paused that long finds no entry at all in the same table.
        var snapshot = await cluster.Table.ReadAsync();
        Assert.True(await cluster.Table.TryUpdateAsync(snapshot, [], [b.Address.ToString()], []));

        await b.Membership.RefreshAsync();
        Assert.True(b.Membership.IsFenced);
        Assert.True(b.Lifetime.StopRequested);
        Assert.Null(await cluster.EntryAsync(b));
    }

    [RedisFact]
    public async Task Two_peers_declaring_the_same_silo_dead_at_once_both_succeed_and_the_table_stays_whole()
    {
        await using var cluster = new MembershipCluster();
        var (a, b, c) = (cluster.Silo(), cluster.Silo(), cluster.Silo());
        foreach (var silo in new[] { a, b, c })
        {
            await silo.StartAsync();
        }

        await cluster.RunAsync(cluster.Options.DeathTimeout, a, b);
        var before = await cluster.Table.ReadAsync();

        // Both judge on the same step, at the same time.
        cluster.Clock.Advance(Second);
        await Task.WhenAll(Task.Run(() => a.Membership.RefreshAsync()), Task.Run(() => b.Membership.RefreshAsync()));

        var after = await cluster.Table.ReadAsync();
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(before.Epoch, after.Epoch);
        Assert.Equal(SiloStatus.Dead, after.Rows[c.Address.ToString()].Entry.Status);
        Assert.Equal(SiloStatus.Active, after.Rows[a.Address.ToString()].Entry.Status);
        Assert.Equal(SiloStatus.Active, after.Rows[b.Address.ToString()].Entry.Status);
        Assert.Equal(3, after.Rows.Count);
        Assert.InRange(a.Membership.Conflicts + b.Membership.Conflicts, 0, 1);
        Assert.Equal([a.Address, b.Address], a.Membership.CurrentView.ActiveSilos.OrderBy(s => s.Endpoint, StringComparer.Ordinal));
        Assert.Equal(a.Membership.CurrentView.ActiveSilos, b.Membership.CurrentView.ActiveSilos);
    }

    [RedisFact]
    public async Task A_write_over_a_stale_read_loses_and_changes_nothing()
    {
        await using var cluster = new MembershipCluster();
        var (a, b, c) = (cluster.Silo(), cluster.Silo(), cluster.Silo());
        foreach (var silo in new[] { a, b, c })
        {
            await silo.StartAsync();
        }

        // Two judges read the same table; the first write wins, the second is refused whole.
        var seen = await cluster.Table.ReadAsync();
        var suspect = seen.Rows[c.Address.ToString()];
        var dead = suspect.Entry with { Status = SiloStatus.Dead };
        Assert.True(await cluster.Table.TryUpdateAsync(seen, [dead], [], [suspect]));
        Assert.False(await cluster.Table.TryUpdateAsync(seen, [dead, seen.Rows[a.Address.ToString()].Entry with { Status = SiloStatus.Dead }], [], [suspect]));

        var after = await cluster.Table.ReadAsync();
        Assert.Equal(seen.Version + 1, after.Version);
        Assert.Equal(SiloStatus.Active, after.Rows[a.Address.ToString()].Entry.Status);

        // A heartbeat that lands between a judge's read and its write saves the silo: the entry it judged moved.
        var fresh = await cluster.Table.ReadAsync();
        var rowB = fresh.Rows[b.Address.ToString()];
        cluster.Clock.Advance(Second);
        await b.Membership.HeartbeatAsync(CancellationToken.None);
        Assert.False(await cluster.Table.TryUpdateAsync(fresh, [rowB.Entry with { Status = SiloStatus.Dead }], [], [rowB]));
        Assert.Equal(SiloStatus.Active, (await cluster.EntryAsync(b))!.Status);
    }

    [RedisFact]
    public async Task When_the_table_is_lost_live_silos_insert_themselves_again_and_the_view_recovers()
    {
        await using var cluster = new MembershipCluster();
        var (a, b, c) = (cluster.Silo(), cluster.Silo(), cluster.Silo());
        foreach (var silo in new[] { a, b, c })
        {
            await silo.StartAsync();
        }

        await cluster.RunAsync(Second, a, b, c);
        var client = cluster.Client();
        var old = await client.RefreshAsync();
        Assert.Equal(3, old.ActiveSilos.Count);

        // Redis restarted with nothing on disk.
        await cluster.Table.DeleteAsync();

        // Until the silos are back, readers keep the last view rather than an empty one.
        Assert.Same(old, await client.RefreshAsync());

        await cluster.RunAsync(Second, a, b, c);
        var table = await cluster.Table.ReadAsync();
        Assert.True(table.Exists);
        Assert.True(table.Version > old.Version);
        Assert.All(new[] { a, b, c }, s => Assert.Equal(SiloStatus.Active, table.Rows[s.Address.ToString()].Entry.Status));
        Assert.All(new[] { a, b, c }, s => Assert.Equal(s.Address.Generation, table.Rows[s.Address.ToString()].Entry.Generation));

        await cluster.RunAsync(Second, a, b, c);
        var view = await client.RefreshAsync();
        Assert.Equal(old.ActiveSilos, view.ActiveSilos);
        Assert.True(view.Version > old.Version);
        Assert.All(new[] { a, b, c }, s => Assert.True(s.Sees(a) && s.Sees(b) && s.Sees(c)));
        Assert.All(new[] { a, b, c }, s => Assert.False(s.Membership.IsFenced));
        Assert.Contains(cluster.Log.Messages, m => m.Contains("was lost", StringComparison.Ordinal));

        // The recreated table works as before: a silo that falls silent is still judged.
        await cluster.RunAsync(cluster.Options.DeathTimeout + Second, a, b);
        Assert.Equal(SiloStatus.Dead, (await cluster.EntryAsync(c))!.Status);
    }

    [RedisFact]
    public async Task A_silo_out_of_touch_for_longer_than_the_death_timeout_is_unsure_and_leaves_its_own_view_until_it_reads_again()
    {
        await using var cluster = new MembershipCluster();
        var (a, b) = (cluster.Silo(), cluster.Silo());
        await a.StartAsync();
        await b.StartAsync();
        await cluster.RunAsync(Second, a, b);
        Assert.True(a.Sees(a));

        cluster.Clock.Advance(cluster.Options.DeathTimeout);
        Assert.True(a.Sees(a));
        cluster.Clock.Advance(Second);
        Assert.False(a.Sees(a));
        Assert.True(a.Sees(b));

        // Nobody declared it dead (b was out of touch just as long): it reads itself Active and serves again.
        await a.TickAsync();
        Assert.True(a.Sees(a));
        Assert.False(a.Membership.IsFenced);

        // b, back after the same gap, does not judge a on times that predate its own return.
        await b.TickAsync();
        Assert.Equal(SiloStatus.Active, (await cluster.EntryAsync(a))!.Status);
        Assert.True(b.Sees(a));
    }

    [RedisFact]
    public async Task A_silo_unsure_when_the_table_was_lost_does_not_insert_itself_again()
    {
        await using var cluster = new MembershipCluster();
        var (a, b) = (cluster.Silo(), cluster.Silo());
        await a.StartAsync();
        await b.StartAsync();
        await cluster.RunAsync(Second, a, b);

        // b is paused; meanwhile a declares it dead, then Redis loses the table (and with it that verdict).
        await cluster.RunAsync(cluster.Options.DeathTimeout + Second, a);
        Assert.Equal(SiloStatus.Dead, (await cluster.EntryAsync(b))!.Status);
        await cluster.Table.DeleteAsync();
        await a.TickAsync();

        await b.TickAsync();
        Assert.True(b.Membership.IsFenced);
        Assert.True(b.Lifetime.StopRequested);
        Assert.Null(await cluster.EntryAsync(b));
        Assert.True(a.Sees(a));
        Assert.False(a.Sees(b));
    }

    [RedisFact]
    public async Task A_graceful_stop_takes_the_silo_out_of_its_peers_views_at_once()
    {
        await using var cluster = new MembershipCluster();
        var (a, b) = (cluster.Silo(), cluster.Silo());
        await a.StartAsync();
        await b.StartAsync();
        await cluster.RunAsync(Second, a, b);
        Assert.True(a.Sees(b));

        await b.Membership.LeaveAsync(CancellationToken.None);
        Assert.False(b.Sees(b));
        Assert.Equal(SiloStatus.Dead, (await cluster.EntryAsync(b))!.Status);
        Assert.False(b.Lifetime.StopRequested);
        Assert.False(b.Membership.IsFenced);

        await a.Membership.RefreshAsync();
        Assert.False(a.Sees(b));
        Assert.Contains(cluster.Log.Messages, m => m.Contains($"Silo {b.Address} is now ShuttingDown", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task A_silo_restarted_on_the_same_endpoint_replaces_its_old_generation()
    {
        await using var cluster = new MembershipCluster();
        var old = cluster.Silo();
        await old.StartAsync();
        cluster.Clock.Advance(Second);

        // kill -9 and restart on the same port: the new process declares its predecessor dead as it joins.
        var restarted = cluster.Silo(endpoint: old.Address.Endpoint);
        Assert.True(restarted.Address.Generation > old.Address.Generation);
        await restarted.StartAsync();
        Assert.Equal(SiloStatus.Dead, (await cluster.EntryAsync(old))!.Status);
        await restarted.Membership.RefreshAsync();
        Assert.Equal([restarted.Address], restarted.Membership.CurrentView.ActiveSilos);
    }
}
