using System.Diagnostics;
using Npgsql;
using Orleans.Bench.Grains;

namespace Orleans.Bench;

/// <summary>Durable state writes per second through grains (each call is one WriteStateAsync that returns only once
/// its write is committed), with group commit on and off, on SQLite and (with BENCH_POSTGRES) PostgreSQL. Both
/// settings run with the same number of concurrent writers and alternate repetition by repetition, so noise on the
/// shared machine hits both alike.</summary>
internal static class StorageBenchmarks
{
    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchOptions options)
    {
        var results = new List<Measurement>();
        if (options.Providers is "all" or "sqlite")
        {
            results.AddRange(await RunProviderAsync(options, "Sqlite", connectionString: null));
        }

        if (options.Providers is not ("all" or "postgres"))
        {
            return results;
        }

        if (options.PostgresConnectionString is { } postgres)
        {
            results.AddRange(await RunProviderAsync(options, "Postgres", postgres));
        }
        else
        {
            Console.WriteLine("storage.postgres: skipped, BENCH_POSTGRES is not set.");
        }

        return results;
    }

    private static async Task<IReadOnlyList<Measurement>> RunProviderAsync(BenchOptions options, string provider, string? connectionString)
    {
        var name = provider.ToLowerInvariant();
        var alone = new Measurement($"storage.{name}.commit-per-write ({options.Writers} writers)", "writes/s");
        var grouped = new Measurement($"storage.{name}.group-commit ({options.Writers} writers)", "writes/s");
        var ratio = new Measurement($"storage.{name}.ratio (group / per-write)", "x");

        // Untimed warm-up of both code paths.
        await MeasureAsync(options, provider, connectionString, groupCommit: false, seconds: 0.5);
        await MeasureAsync(options, provider, connectionString, groupCommit: true, seconds: 0.5);
        for (var rep = 0; rep < options.Repetitions; rep++)
        {
            var perWrite = await MeasureAsync(options, provider, connectionString, groupCommit: false, options.Seconds);
            var group = await MeasureAsync(options, provider, connectionString, groupCommit: true, options.Seconds);
            alone.Add(perWrite);
            grouped.Add(group);
            ratio.Add(group / perWrite);
        }

        return [alone, grouped, ratio];
    }

    private static async Task<double> MeasureAsync(BenchOptions options, string provider, string? connectionString, bool groupCommit, double seconds)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "orleans-bench", Guid.NewGuid().ToString("N"));
        var host = await BenchSilo.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:GroupCommit"] = groupCommit.ToString(),
            ["DataDirectory"] = dataDirectory,
        });
        try
        {
            if (connectionString is not null)
            {
                await DeleteWriterRowsAsync(connectionString);
            }

            var factory = BenchSilo.Factory(host);
            var grains = Enumerable.Range(0, options.Writers).Select(i => factory.GetGrain<IWriterGrain>(i)).ToArray();
            await Task.WhenAll(grains.Select(g => g.Write(0)));

            using var meter = new BatchMeter();
            var stop = new System.Runtime.CompilerServices.StrongBox<bool>(false);
            var started = Stopwatch.GetTimestamp();
            var loops = grains.Select(g => Task.Run(() => WriterAsync(g, stop))).ToArray();
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            Volatile.Write(ref stop.Value, true);
            var writes = (await Task.WhenAll(loops)).Sum();
            var perSecond = writes / Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"  {provider} group commit {(groupCommit ? "on " : "off")}: {perSecond,10:N0} writes/s; {meter.Describe()}");
            return perSecond;
        }
        finally
        {
            await BenchSilo.StopAsync(host);
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static async Task<long> WriterAsync(IWriterGrain grain, System.Runtime.CompilerServices.StrongBox<bool> stop)
    {
        long writes = 0;
        while (!Volatile.Read(ref stop.Value))
        {
            await grain.Write((int)writes);
            writes++;
        }

        return writes;
    }

    // Each run starts from an empty set of benchmark rows, so every run does the same inserts and updates.
    private static async Task DeleteWriterRowsAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("DELETE FROM grain_state WHERE grain_type = 'writer'");
        await command.ExecuteNonQueryAsync();
    }
}
