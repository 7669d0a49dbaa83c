using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Storage;

/// <summary>One contract, run against every provider: memory, SQLite and (when TEST_POSTGRES is set) PostgreSQL.</summary>
public sealed class StorageProviderTests
{
    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task Reading_a_missing_row_gives_null(string provider)
    {
        await using var cluster = await StartAsync(provider);
        var storage = Storage(cluster);

        Assert.Null(await storage.ReadAsync(Type(), "nobody"));
    }

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task Versions_advance_by_one_per_write_and_clear(string provider)
    {
        await using var cluster = await StartAsync(provider);
        var storage = Storage(cluster);
        var type = Type();

        Assert.Equal(1, await storage.WriteAsync(type, "g", null, "{\"n\":1}"));
        Assert.Equal(2, await storage.WriteAsync(type, "g", 1, "{\"n\":2}"));
        Assert.Equal(3, await storage.WriteAsync(type, "g", 2, null));

        var stored = await storage.ReadAsync(type, "g");
        Assert.Equal(3, stored!.Version);
        Assert.Null(stored.Payload);
        Assert.Equal(4, await storage.WriteAsync(type, "g", 3, "{\"n\":4}"));
        Assert.Equal("{\"n\":4}", (await storage.ReadAsync(type, "g"))!.Payload);
    }

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task A_stale_or_missing_etag_conflicts_and_changes_nothing(string provider)
    {
        await using var cluster = await StartAsync(provider);
        var storage = Storage(cluster);
        var type = Type();
        await storage.WriteAsync(type, "g", null, "{\"n\":1}");
        await storage.WriteAsync(type, "g", 1, "{\"n\":2}");

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(type, "g", 1, "{\"stale\":true}"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(type, "g", null, "{\"fresh\":true}"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(type, "other", 5, "{}"));

        var stored = await storage.ReadAsync(type, "g");
        Assert.Equal(2, stored!.Version);
        Assert.Equal("{\"n\":2}", stored.Payload);
        Assert.Null(await storage.ReadAsync(type, "other"));
    }

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task A_conflict_inside_a_batch_fails_only_its_own_write(string provider)
    {
        await using var cluster = await StartAsync(provider);
        var storage = Storage(cluster);
        var type = Type();
        await storage.WriteAsync(type, "taken", null, "{}");

        var writes = Enumerable.Range(0, 200).Select(i => storage.WriteAsync(type, $"g{i}", null, $"{{\"i\":{i}}}")).ToList();
        var stale = storage.WriteAsync(type, "taken", null, "{}");

        Assert.All(await Task.WhenAll(writes), version => Assert.Equal(1, version));
        await Assert.ThrowsAsync<InconsistentStateException>(() => stale);
        Assert.Equal("{\"i\":199}", (await storage.ReadAsync(type, "g199"))!.Payload);
    }

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task Several_writes_to_one_row_in_a_burst_apply_in_order_and_each_stale_one_fails_alone(string provider)
    {
        await using var cluster = await StartAsync(provider);
        var storage = Storage(cluster);
        var type = Type();
        await storage.WriteAsync(type, "existing", null, "{}");

        // Queued back to back, these land in shared batches with several writes per row; the per-row order decides.
        var inserts = new List<Task<long>>();
        var updates = new List<Task<long>>();
        var stale = new List<Task<long>>();
        for (var i = 0; i < 300; i++)
        {
            inserts.Add(storage.WriteAsync(type, $"k{i}", null, $"{{\"v\":{i}}}"));
            updates.Add(storage.WriteAsync(type, $"k{i}", 1, $"{{\"v\":{i + 1000}}}"));
            stale.Add(storage.WriteAsync(type, $"k{i}", 1, "{\"stale\":true}"));
        }

        var missing = storage.WriteAsync(type, "missing", 3, "{}");
        var duplicateInsert = storage.WriteAsync(type, "existing", null, "{\"again\":true}");

        Assert.All(await Task.WhenAll(inserts), v => Assert.Equal(1, v));
        Assert.All(await Task.WhenAll(updates), v => Assert.Equal(2, v));
        foreach (var write in stale)
        {
            await Assert.ThrowsAsync<InconsistentStateException>(() => write);
        }

        await Assert.ThrowsAsync<InconsistentStateException>(() => missing);
        await Assert.ThrowsAsync<InconsistentStateException>(() => duplicateInsert);
        Assert.Equal(new StoredRecord(2, "{\"v\":1299}", default), (await storage.ReadAsync(type, "k299"))! with { Modified = default });
        Assert.Null(await storage.ReadAsync(type, "missing"));
        Assert.Equal("{}", (await storage.ReadAsync(type, "existing"))!.Payload);
    }

    [Theory, InlineData("Sqlite"), PostgresData]
    public async Task Concurrent_writes_are_group_committed_in_shared_transactions(string provider)
    {
        var batchSizes = new ConcurrentBag<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SiloMetrics.MeterName && instrument.Name == "orleans.storage.batch.size")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, size, _, _) => batchSizes.Add(size));
        listener.Start();
        await using var cluster = await StartAsync(provider);
        var storage = Storage(cluster);
        var type = Type();

        await Task.WhenAll(Enumerable.Range(0, 2000).Select(i => storage.WriteAsync(type, $"g{i}", null, "{}")));

        Assert.True(batchSizes.Max() > 1, $"largest batch was {batchSizes.Max()}");
        Assert.True(batchSizes.Sum() >= 2000);
    }

    [Theory, InlineData("Sqlite"), PostgresData]
    public async Task Writes_are_durable_and_schema_creation_is_idempotent_across_restarts(string provider)
    {
        var cluster = await StartAsync(provider);
        var type = Type();
        await Storage(cluster).WriteAsync(type, "kept", null, "{\"v\":1}");
        await Storage(cluster).InitializeAsync(CancellationToken.None);

        await using var restarted = await cluster.RestartAsync();

        Assert.Equal("{\"v\":1}", (await Storage(restarted).ReadAsync(type, "kept"))!.Payload);
        Assert.True((await Storage(restarted).CheckHealthAsync(CancellationToken.None)).IsHealthy);
    }

    [Theory, InlineData("Sqlite"), PostgresData]
    public async Task Writing_each_state_alone_keeps_the_same_semantics(string provider)
    {
        await using var cluster = await StartAsync(provider, groupCommit: false);
        var storage = Storage(cluster);
        var type = Type();

        Assert.Equal(1, await storage.WriteAsync(type, "g", null, "{}"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(type, "g", null, "{}"));
        var versions = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => storage.WriteAsync(type, $"h{i}", null, "{}")));
        Assert.All(versions, v => Assert.Equal(1, v));
    }

    internal static Task<TestCluster> StartAsync(string provider, bool groupCommit = true) =>
        TestCluster.StartAsync(o =>
        {
            o.Provider = Enum.Parse<StorageProviderKind>(provider);
            o.ConnectionString = o.Provider == StorageProviderKind.Postgres ? PostgresDataAttribute.ConnectionString : null;
            o.GroupCommit = groupCommit;
        });

    internal static IGrainStorage Storage(TestCluster cluster) => (IGrainStorage)cluster.Services.GetService(typeof(IGrainStorage))!;

    // A grain type per test keeps tests independent on a shared PostgreSQL database.
    private static string Type() => "test-" + Guid.NewGuid().ToString("N")[..12];
}
