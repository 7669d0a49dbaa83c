using Orleans.Tools.LoadTest.Metrics;

namespace Orleans.Tools.LoadTest.Report;

/// <summary>One method's row: requests, errors, throughput, latency and answers by code and msg.</summary>
public sealed record MethodReport(string Method, long Requests, long Errors, double Throughput, LatencyReport LatencyMs, IReadOnlyList<AnswerCount> Answers)
{
    public static MethodReport From(MethodStats stats, double seconds)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return new(
            stats.Name,
            stats.Requests,
            stats.Errors,
            seconds > 0 ? Math.Round(stats.Requests / seconds, 1) : 0,
            LatencyReport.From(stats.Latency),
            stats.Answers().Select(a => new AnswerCount(a.Key.Code, a.Key.Message, a.Value)).ToList());
    }
}
