using System.Diagnostics;
using System.Reflection;
using Orleans.Bench.Grains;
using Orleans.Runtime;

namespace Orleans.Bench;

/// <summary>Grain references made per second on every core: GetGrain as the runtime does it (a constructor compiled
/// once per interface) beside DispatchProxy.Create, which GetGrain called before. Handlers and grains make a
/// reference for nearly every call, so this is a per-call cost. Alternating repetitions, same process.</summary>
internal static class ReferenceBenchmarks
{
    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchOptions options)
    {
        var compiled = new Measurement("references.getgrain (compiled constructor)", "refs/s");
        var proxy = new Measurement("references.dispatchproxy-create", "refs/s");
        var ratio = new Measurement("references.ratio (getgrain / dispatchproxy)", "x");
        var host = await BenchSilo.StartAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        try
        {
            var factory = BenchSilo.Factory(host);
            Func<long, object> getGrain = key => factory.GetGrain<IPingGrain>(key);
            Func<long, object> dispatchProxy = _ => DispatchProxy.Create<IPingGrain, GrainReferenceProxy>();
            Measure(getGrain, options.Seconds / 2);
            Measure(dispatchProxy, options.Seconds / 2);
            for (var rep = 0; rep < options.Repetitions; rep++)
            {
                var a = Measure(getGrain, options.Seconds);
                var b = Measure(dispatchProxy, options.Seconds);
                compiled.Add(a);
                proxy.Add(b);
                ratio.Add(a / b);
            }
        }
        finally
        {
            await BenchSilo.StopAsync(host);
        }

        return [compiled, proxy, ratio];
    }

    private static double Measure(Func<long, object> create, double seconds)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var counts = new long[Environment.ProcessorCount];
        Parallel.For(0, counts.Length, new ParallelOptions { MaxDegreeOfParallelism = counts.Length }, thread =>
        {
            long made = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                for (var i = 0; i < 1000; i++)
                {
                    GC.KeepAlive(create(made + i));
                }

                made += 1000;
            }

            counts[thread] = made;
        });
        return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
