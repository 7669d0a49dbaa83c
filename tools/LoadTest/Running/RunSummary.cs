using Orleans.Tools.LoadTest.Metrics;
using Orleans.Tools.LoadTest.Report;
using Orleans.Tools.LoadTest.Scenarios;

namespace Orleans.Tools.LoadTest.Running;

/// <summary>Texts shared by the scenarios' preparation.</summary>
public static class RunSummary
{
    /// <summary>Added to preparation failures: the host's default SMS caps stop a load test early.</summary>
    public const string LimitsHint =
        ". If it is an SMS or IP limit, start the host with raised limits (see --help, section 'Host settings for load tests').";

    public static PrepareInfo Prepared(PreparedUsers prepared, StatsRegistry stats)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(stats);
        return new PrepareInfo(prepared.Ready.Count, prepared.Failed, Math.Round(prepared.Elapsed.TotalSeconds, 3), stats.TotalRequests, stats.TotalErrors, prepared.FirstFailure);
    }

    public static string PreparedLine(PreparedUsers prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var line = $"prepared {prepared.Ready.Count:N0} users in {prepared.Elapsed.TotalSeconds:0.0} s";
        return prepared.Failed == 0
            ? line
            : $"{line}; {prepared.Failed:N0} failed, first: {prepared.FirstFailure}{LimitsHint}";
    }
}
