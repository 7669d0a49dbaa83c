using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.ReadModels;
using Orleans.Storage;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Storage;

/// <summary>Grain state and read models of one SQLite file share one writer: their writes commit in the same
/// transactions, a failing projection fails alone, and nothing is acknowledged before its commit.</summary>
public sealed class SqliteWriterTests
{
    private static readonly ReadModelSchema Schema = new(
        "rm_writer_" + Guid.NewGuid().ToString("N")[..12], ReadModelColumnType.Integer, [new("name", ReadModelColumnType.Text)]);

    // Never created, so an upsert into it fails inside the writer's transaction.
    private static readonly ReadModelSchema Missing = new(
        "rm_missing_" + Guid.NewGuid().ToString("N")[..12], ReadModelColumnType.Integer, [new("name", ReadModelColumnType.Text)]);

    [Fact]
    public async Task Grain_state_and_projections_queued_together_commit_in_one_transaction_and_a_failing_one_fails_alone()
    {
        await using var cluster = await StorageProviderTests.StartAsync("Sqlite");
        var storage = (SqliteGrainStorage)StorageProviderTests.Storage(cluster);
        var store = cluster.Services.GetRequiredService<IReadModelStore>();
        await store.EnsureSchemaAsync(Schema);
        var writer = SqliteWriter.Acquire(SqliteGrainStorage.BuildConnectionString(new() { ConnectionString = "Data Source=" + storage.DataSource }));
        try
        {
            // Hold the writer's thread so that everything below is queued while it is busy and lands in one batch.
            using var release = new ManualResetEventSlim();
            var held = writer.RunAsync((_, _) => release.Wait(TimeSpan.FromSeconds(30)));
            var state = storage.WriteAsync("writer-test", "a", null, "{\"n\":1}");
            var projected = store.UpsertManyAsync(Schema, [new ReadModelRecord(1L, 1, new Dictionary<string, object?> { ["name"] = "one" }, "{}")]);
            var broken = store.UpsertManyAsync(Missing, [new ReadModelRecord(1L, 1, new Dictionary<string, object?> { ["name"] = "x" }, "{}")]);
            var after = storage.WriteAsync("writer-test", "b", null, "{\"n\":2}");
            await Task.Delay(50);
            Assert.False(state.IsCompleted); // not acknowledged before its commit
            release.Set();

            Assert.True(await held);
            Assert.Equal(1, await state);
            Assert.Equal([true], await projected);
            await Assert.ThrowsAsync<SqliteException>(() => broken);
            Assert.Equal(1, await after);
        }
        finally
        {
            await writer.ReleaseAsync();
        }

        Assert.Equal("{\"n\":1}", (await storage.ReadAsync("writer-test", "a"))!.Payload);
        Assert.Equal("{\"n\":2}", (await storage.ReadAsync("writer-test", "b"))!.Payload);
        Assert.Equal(1, await store.VersionAsync(Schema, 1L));
    }

    [Fact]
    public async Task Many_concurrent_state_writes_and_projections_on_one_file_all_commit()
    {
        await using var cluster = await StorageProviderTests.StartAsync("Sqlite");
        var storage = StorageProviderTests.Storage(cluster);
        var store = cluster.Services.GetRequiredService<IReadModelStore>();
        await store.EnsureSchemaAsync(Schema);

        var writes = Enumerable.Range(0, 200).Select(i => storage.WriteAsync("writer-test", $"g{i}", null, "{}"));
        var projections = Enumerable.Range(0, 200).Select(i =>
            store.UpsertAsync(Schema, new ReadModelRecord((long)i, 1, new Dictionary<string, object?> { ["name"] = $"n{i}" }, "{}")));
        var results = await Task.WhenAll(writes);
        var projected = await Task.WhenAll(projections);

        Assert.All(results, v => Assert.Equal(1, v));
        Assert.All(projected, Assert.True);
        Assert.Equal(200, (await store.QueryAsync(Schema, new ReadModelQuery([], Limit: 1))).Total);
    }
}
