using System.Diagnostics;
using System.Runtime.CompilerServices;
using Orleans.Bench.Grains;

namespace Orleans.Bench;

/// <summary>Grain call throughput from outside the silo (as the API host calls grains): every caller awaits its call
/// before making the next, so the figure includes the full round trip, not just queueing.</summary>
internal static class CallBenchmarks
{
    public const int ManyActivations = 10_000;

    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchOptions options)
    {
        var hot = new Measurement($"calls.hot ({options.HotCallers} callers, 1 activation)", "calls/s");
        var many = new Measurement($"calls.spread ({options.Callers} callers, {ManyActivations:N0} activations)", "calls/s");
        var host = await BenchSilo.StartAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        try
        {
            var factory = BenchSilo.Factory(host);
            var hotGrain = factory.GetGrain<IPingGrain>(0);
            var grains = Enumerable.Range(1, ManyActivations).Select(i => factory.GetGrain<IPingGrain>(i)).ToArray();
            await Task.WhenAll(grains.Select(g => g.Ping(0)));
            await hotGrain.Ping(0);

            // One untimed round of each warms the JIT (tiered compilation, PGO) before anything is recorded.
            await MeasureAsync([hotGrain], options.HotCallers, options.Seconds / 2);
            await MeasureAsync(grains, options.Callers, options.Seconds / 2);
            for (var rep = 0; rep < options.Repetitions; rep++)
            {
                hot.Add(await MeasureAsync([hotGrain], options.HotCallers, options.Seconds));
                many.Add(await MeasureAsync(grains, options.Callers, options.Seconds));
            }
        }
        finally
        {
            await BenchSilo.StopAsync(host);
        }

        return [hot, many];
    }

    /// <summary>Calls per second of <paramref name="callers"/> loops, caller i cycling over grains i, i+callers, ...</summary>
    private static async Task<double> MeasureAsync(IPingGrain[] grains, int callers, double seconds)
    {
        var stop = new StrongBox<bool>(false);
        var started = Stopwatch.GetTimestamp();
        var loops = Enumerable.Range(0, callers).Select(i => Task.Run(() => CallerAsync(grains, i, callers, stop))).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        Volatile.Write(ref stop.Value, true);
        var counts = await Task.WhenAll(loops);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return counts.Sum() / elapsed;
    }

    private static async Task<long> CallerAsync(IPingGrain[] grains, int start, int stride, StrongBox<bool> stop)
    {
        long calls = 0;
        var index = start % grains.Length;
        while (!Volatile.Read(ref stop.Value))
        {
            var result = await grains[index].Ping((int)calls);
            if (result < 0)
            {
                throw new InvalidOperationException("Ping returned a negative number.");
            }

            calls++;
            index += stride;
            if (index >= grains.Length)
            {
                index %= grains.Length;
            }
        }

        return calls;
    }
}
