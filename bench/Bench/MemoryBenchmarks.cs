using Microsoft.Extensions.DependencyInjection;
using Orleans.Bench.Grains;
using Orleans.Runtime;

namespace Orleans.Bench;

/// <summary>Managed heap held by 100,000 idle activations of a small grain (a couple of fields and one persistent
/// state), measured after a full blocking compacting GC, minus the heap of the same silo before any activation.</summary>
internal static class MemoryBenchmarks
{
    public const int Activations = 100_000;

    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchOptions options)
    {
        var total = new Measurement($"memory.heap ({Activations:N0} idle activations)", "MiB");
        var perActivation = new Measurement("memory.per-activation", "bytes");
        for (var rep = 0; rep < Math.Max(1, Math.Min(options.Repetitions, 3)); rep++)
        {
            var host = await BenchSilo.StartAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
            try
            {
                var factory = BenchSilo.Factory(host);
                await factory.GetGrain<ISmallGrain>(-1).Touch();
                var before = HeapAfterFullGc();
                for (var first = 0; first < Activations; first += 1000)
                {
                    // References are dropped after the call: a client does not keep 100,000 of them.
                    await Task.WhenAll(Enumerable.Range(first, 1000).Select(i => factory.GetGrain<ISmallGrain>(i).Touch()));
                }

                var after = HeapAfterFullGc();
                var live = host.Services.GetRequiredService<Catalog>().Count;
                if (live < Activations)
                {
                    throw new InvalidOperationException($"Only {live} activations are alive; the measurement would be wrong.");
                }

                total.Add(after / (1024.0 * 1024.0));
                perActivation.Add((after - before) / (double)Activations);
            }
            finally
            {
                await BenchSilo.StopAsync(host);
            }
        }

        return [total, perActivation];
    }

    private static long HeapAfterFullGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
