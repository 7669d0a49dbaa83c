using Orleans.Tools.LoadTest.Metrics;

namespace Orleans.Tools.LoadTest.Report;

/// <summary>Latency percentiles in milliseconds.</summary>
public sealed record LatencyReport(double P50, double P90, double P99, double P999, double Max, double Mean)
{
    public static LatencyReport From(LatencyHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return new(
            Ms(histogram.ValueAtPercentile(50)),
            Ms(histogram.ValueAtPercentile(90)),
            Ms(histogram.ValueAtPercentile(99)),
            Ms(histogram.ValueAtPercentile(99.9)),
            Ms(histogram.Max),
            Math.Round(histogram.Mean / 1000.0, 3));
    }

    private static double Ms(long micros) => Math.Round(micros / 1000.0, 3);
}
