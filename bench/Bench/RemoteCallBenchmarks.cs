using System.Diagnostics;
using System.Runtime.CompilerServices;
using Orleans.Bench.Grains;

namespace Orleans.Bench;

/// <summary>What a grain call costs when its grain lives on another silo (issue 8): the same trivial grain method
/// called through silo A's factory on grains A owns (in-process) and on grains B owns (HTTP/2 transport over
/// loopback), local and remote alternating within every repetition so that the machine's noise falls on both.
/// Sequential: one caller, one grain, each call awaited before the next (latency). Concurrent: N callers over
/// <see cref="GrainsPerSide"/> grains (throughput). Both silos share this process and its cores, so a remote call's
/// figure includes the callee's work too, as it would on one machine - not the network of two machines.</summary>
internal static class RemoteCallBenchmarks
{
    public const int GrainsPerSide = 1_000;

    // Per-call latencies of one sequential repetition; beyond this many calls only the count grows.
    private const int MaxSamples = 4_000_000;

    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchOptions options)
    {
        var seqLocal = new Measurement("remote.seq.local (1 caller) mean", "us/call");
        var seqRemote = new Measurement("remote.seq.remote (1 caller) mean", "us/call");
        var seqLocalP99 = new Measurement("remote.seq.local p99", "us");
        var seqRemoteP99 = new Measurement("remote.seq.remote p99", "us");
        var seqRatio = new Measurement("remote.seq remote/local latency", "x");
        var concurrency = new[] { options.HotCallers, options.Callers }.Distinct().ToArray();
        var concLocal = concurrency.Select(c => new Measurement($"remote.conc.local ({c} callers)", "calls/s")).ToArray();
        var concRemote = concurrency.Select(c => new Measurement($"remote.conc.remote ({c} callers)", "calls/s")).ToArray();
        var concRatio = concurrency.Select(c => new Measurement($"remote.conc local/remote ({c} callers)", "x")).ToArray();

        var data = Path.Combine(Path.GetTempPath(), "orleans-bench-remote-" + Guid.NewGuid().ToString("N"));
        await using (var silos = await TwoSilos.StartAsync(data, options.PeerConnections))
        {
            var local = silos.KeysOwnedBy(0, GrainsPerSide).Select(k => silos.Caller.GetGrain<IPingGrain>(k)).ToArray();
            var remote = silos.KeysOwnedBy(1, GrainsPerSide).Select(k => silos.Caller.GetGrain<IPingGrain>(k)).ToArray();
            await Task.WhenAll(local.Concat(remote).Select(g => g.Ping(0)));
            var (onA, onB) = silos.Activations;
            if (onA != GrainsPerSide || onB != GrainsPerSide)
            {
                throw new InvalidOperationException($"Placement is not what the benchmark assumes: {onA} activations on A, {onB} on B (expected {GrainsPerSide} each).");
            }

            Console.WriteLine($"two silos up; {GrainsPerSide:N0} grains activated on each (caller on A); connections per peer: {options.PeerConnections?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"}");
            var samples = new long[MaxSamples];

            // Untimed warm-up of every path (tiered JIT, PGO, HTTP/2 connections to B).
            await SequentialAsync(local[0], options.Seconds / 2, samples);
            await SequentialAsync(remote[0], options.Seconds / 2, samples);
            foreach (var callers in concurrency)
            {
                await ConcurrentAsync(local, callers, options.Seconds / 2);
                await ConcurrentAsync(remote, callers, options.Seconds / 2);
            }

            for (var rep = 0; rep < options.Repetitions; rep++)
            {
                var remoteFirst = rep % 2 == 1;
                var (l, r) = remoteFirst
                    ? Swap(await Both(remote[0], local[0]))
                    : await Both(local[0], remote[0]);
                seqLocal.Add(l.MeanMicros);
                seqRemote.Add(r.MeanMicros);
                seqLocalP99.Add(l.P99Micros);
                seqRemoteP99.Add(r.P99Micros);
                seqRatio.Add(r.MeanMicros / l.MeanMicros);
                for (var i = 0; i < concurrency.Length; i++)
                {
                    double lc, rc;
                    if (remoteFirst)
                    {
                        rc = await ConcurrentAsync(remote, concurrency[i], options.Seconds);
                        lc = await ConcurrentAsync(local, concurrency[i], options.Seconds);
                    }
                    else
                    {
                        lc = await ConcurrentAsync(local, concurrency[i], options.Seconds);
                        rc = await ConcurrentAsync(remote, concurrency[i], options.Seconds);
                    }

                    concLocal[i].Add(lc);
                    concRemote[i].Add(rc);
                    concRatio[i].Add(lc / rc);
                }
            }

            async Task<(Sequential First, Sequential Second)> Both(IPingGrain first, IPingGrain second) =>
                (await SequentialAsync(first, options.Seconds, samples), await SequentialAsync(second, options.Seconds, samples));
        }

        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Memory storage never created it: nothing to remove.
        }

        return [seqLocal, seqRemote, seqLocalP99, seqRemoteP99, seqRatio, .. concLocal, .. concRemote, .. concRatio];
    }

    private static (Sequential, Sequential) Swap((Sequential A, Sequential B) pair) => (pair.B, pair.A);

    /// <summary>One caller, one grain, for <paramref name="seconds"/>: mean and p99 per call in microseconds.</summary>
    private static async Task<Sequential> SequentialAsync(IPingGrain grain, double seconds, long[] samples)
    {
        var frequency = (double)Stopwatch.Frequency;
        var end = Stopwatch.GetTimestamp() + (long)(seconds * frequency);
        var started = Stopwatch.GetTimestamp();
        long calls = 0;
        while (true)
        {
            var before = Stopwatch.GetTimestamp();
            if (before >= end)
            {
                break;
            }

            if (await grain.Ping((int)calls) < 0)
            {
                throw new InvalidOperationException("Ping returned a negative number.");
            }

            if (calls < samples.Length)
            {
                samples[calls] = Stopwatch.GetTimestamp() - before;
            }

            calls++;
        }

        var total = Stopwatch.GetTimestamp() - started;
        var recorded = (int)Math.Min(calls, samples.Length);
        Array.Sort(samples, 0, recorded);
        var p99 = recorded == 0 ? 0 : samples[Math.Min(recorded - 1, (int)(recorded * 0.99))];
        return new Sequential(total / frequency * 1e6 / Math.Max(1, calls), p99 / frequency * 1e6);
    }

    /// <summary>Calls per second of <paramref name="callers"/> loops, caller i cycling over grains i, i+callers, ...</summary>
    private static async Task<double> ConcurrentAsync(IPingGrain[] grains, int callers, double seconds)
    {
        var stop = new StrongBox<bool>(false);
        var started = Stopwatch.GetTimestamp();
        var loops = Enumerable.Range(0, callers).Select(i => Task.Run(() => CallerAsync(grains, i, callers, stop))).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        Volatile.Write(ref stop.Value, true);
        var counts = await Task.WhenAll(loops);
        return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<long> CallerAsync(IPingGrain[] grains, int start, int stride, StrongBox<bool> stop)
    {
        long calls = 0;
        var index = start % grains.Length;
        while (!Volatile.Read(ref stop.Value))
        {
            if (await grains[index].Ping((int)calls) < 0)
            {
                throw new InvalidOperationException("Ping returned a negative number.");
            }

            calls++;
            index = (index + stride) % grains.Length;
        }

        return calls;
    }

    private readonly record struct Sequential(double MeanMicros, double P99Micros);
}
