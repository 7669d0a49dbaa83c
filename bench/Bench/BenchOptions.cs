using System.Globalization;

namespace Orleans.Bench;

/// <summary>Command-line knobs after the mode: `--reps N` (measured repetitions, default 5), `--seconds S` (length
/// of one timed repetition, default 2), `--callers N` (concurrent callers over 10,000 activations, default 1000),
/// `--hot-callers N` (concurrent callers of the single hot activation, default 64), `--writers N` (grains writing
/// state concurrently, default 256), `--peer-connections N` (remote mode: HTTP/2 connections per peer silo), `--buyers N` (seckill mode: concurrent
/// buyers of one flash sale, default 100). PostgreSQL runs only when BENCH_POSTGRES holds a connection string.</summary>
internal sealed class BenchOptions
{
    public int Repetitions { get; set; } = 5;

    public double Seconds { get; set; } = 2;

    public int Callers { get; set; } = 1000;

    public int HotCallers { get; set; } = 64;

    public int Writers { get; set; } = 256;

    public int Buyers { get; set; } = 100;

    /// <summary>`--peer-connections N`: the remote mode's Cluster:ConnectionsPerPeer (null = the runtime's default, 4).</summary>
    public int? PeerConnections { get; set; }

    /// <summary>`--providers sqlite|postgres|all` limits the storage mode to one provider. Default all.</summary>
    public string Providers { get; set; } = "all";

    public string? PostgresConnectionString { get; } =
        Environment.GetEnvironmentVariable("BENCH_POSTGRES") is { Length: > 0 } value ? value : null;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option {args[i]} needs a value.");
            }

            var value = args[i + 1];
            switch (args[i])
            {
                case "--reps": options.Repetitions = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seconds": options.Seconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--callers": options.Callers = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--hot-callers": options.HotCallers = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--writers": options.Writers = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--buyers": options.Buyers = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--providers": options.Providers = value; break;
                case "--peer-connections": options.PeerConnections = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return options;
    }
}
