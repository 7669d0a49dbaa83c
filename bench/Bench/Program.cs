using System.Diagnostics;
using System.Runtime;
using Orleans.Bench;

// Usage: dotnet run -c Release --project bench/Bench -- <calls|storage|memory|all|remote> [--reps N] [--seconds S] ...
// "remote" (local vs remote grain calls over the HTTP/2 transport between two silos) and "seckill" (the flash-sale
// grain path on SQLite) are not part of "all", so that bench/compare.sh can still run "all" against older builds.
if (args.Length == 0 || args[0] is not ("calls" or "storage" or "memory" or "all" or "remote" or "seckill"))
{
    Console.Error.WriteLine("usage: Bench <calls|storage|memory|all|remote|seckill> [--reps N] [--seconds S] [--callers N] [--hot-callers N] [--writers N] [--buyers N]");
    return 2;
}

var mode = args[0];
var options = BenchOptions.Parse(args[1..]);
#if DEBUG
Console.WriteLine("WARNING: Debug build; run with -c Release for meaningful figures.");
#endif
Console.WriteLine($"mode {mode}; {Environment.ProcessorCount} cores; .NET {Environment.Version}; server GC {GCSettings.IsServerGC}; " +
                  $"{options.Repetitions} repetitions of {options.Seconds} s");
var results = new List<Measurement>();
var clock = Stopwatch.StartNew();
if (mode is "calls" or "all")
{
    results.AddRange(await CallBenchmarks.RunAsync(options));
    results.AddRange(await ReferenceBenchmarks.RunAsync(options));
}

if (mode is "storage" or "all")
{
    results.AddRange(await StorageBenchmarks.RunAsync(options));
}

if (mode is "remote")
{
    results.AddRange(await RemoteCallBenchmarks.RunAsync(options));
}

if (mode is "seckill")
{
    results.AddRange(await SeckillBenchmarks.RunAsync(options));
}

if (mode is "memory" or "all")
{
    results.AddRange(await MemoryBenchmarks.RunAsync(options));
}

Console.WriteLine();
Console.WriteLine($"Summary ({clock.Elapsed.TotalSeconds:F0} s):");
foreach (var result in results)
{
    Console.WriteLine(result);
}

return 0;
