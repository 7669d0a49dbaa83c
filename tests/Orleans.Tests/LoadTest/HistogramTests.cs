using Orleans.Tools.LoadTest.Metrics;

namespace Orleans.Tests.LoadTest;

public sealed class HistogramTests
{
    [Fact]
    public void Percentiles_of_1_to_100000_are_within_the_bucket_precision()
    {
        var histogram = new LatencyHistogram();
        for (long v = 1; v <= 100_000; v++)
        {
            histogram.Record(v);
        }

        Assert.Equal(100_000, histogram.Count);
        Assert.Equal(1, histogram.Min);
        Assert.Equal(100_000, histogram.Max);
        Assert.Equal(50_000.5, histogram.Mean, 6);
        foreach (var (p, exact) in new[] { (50.0, 50_000L), (90.0, 90_000L), (99.0, 99_000L), (99.9, 99_900L) })
        {
            var value = histogram.ValueAtPercentile(p);
            Assert.InRange(value, exact, exact + exact / 128 + 1); // never below the truth, at most 1/128 above
        }

        Assert.Equal(100_000, histogram.ValueAtPercentile(100));
    }

    [Fact]
    public void Small_values_are_exact()
    {
        var histogram = new LatencyHistogram();
        foreach (var v in new long[] { 3, 3, 3, 7, 200 })
        {
            histogram.Record(v);
        }

        Assert.Equal(3, histogram.ValueAtPercentile(50));
        Assert.Equal(3, histogram.ValueAtPercentile(60));
        Assert.Equal(7, histogram.ValueAtPercentile(80));
        Assert.Equal(200, histogram.ValueAtPercentile(99.9));
        Assert.Equal(3, histogram.ValueAtPercentile(0));
    }

    [Fact]
    public void A_long_tail_shows_in_the_high_percentiles_but_not_the_median()
    {
        var histogram = new LatencyHistogram();
        for (var i = 0; i < 9_990; i++)
        {
            histogram.Record(1_000); // 1 ms
        }

        for (var i = 0; i < 10; i++)
        {
            histogram.Record(2_000_000); // 2 s stalls: 0.1%
        }

        Assert.InRange(histogram.ValueAtPercentile(50), 1_000, 1_008);
        Assert.InRange(histogram.ValueAtPercentile(99.9), 1_000, 1_008);
        Assert.InRange(histogram.ValueAtPercentile(99.91), 2_000_000, 2_000_000);
        Assert.Equal(2_000_000, histogram.Max);
    }

    [Fact]
    public void Buckets_are_contiguous_and_each_value_falls_in_its_own_bucket()
    {
        var previousHighest = -1L;
        for (var index = 0; index <= LatencyHistogram.BucketIndex(LatencyHistogram.HighestTrackable); index++)
        {
            var highest = LatencyHistogram.HighestInBucket(index);
            Assert.True(highest > previousHighest);
            Assert.Equal(index, LatencyHistogram.BucketIndex(previousHighest + 1));
            Assert.Equal(index, LatencyHistogram.BucketIndex(highest));
            // Relative width stays under 1/128 above the linear range.
            Assert.True(highest - previousHighest - 1 <= Math.Max(0, (previousHighest + 1) / 128));
            previousHighest = highest;
        }

        Assert.Equal(LatencyHistogram.HighestTrackable, previousHighest);
    }

    [Fact]
    public void Values_beyond_the_range_and_below_zero_are_clamped_and_the_exact_max_kept()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(-5);
        histogram.Record(long.MaxValue / 4);
        Assert.Equal(0, histogram.Min);
        Assert.Equal(long.MaxValue / 4, histogram.Max);
        Assert.Equal(long.MaxValue / 4, histogram.ValueAtPercentile(100));
    }

    [Fact]
    public void An_empty_histogram_answers_zero_and_bad_percentiles_are_refused()
    {
        var histogram = new LatencyHistogram();
        Assert.Equal(0, histogram.ValueAtPercentile(99));
        Assert.Equal(0, histogram.Max);
        Assert.Throws<ArgumentOutOfRangeException>(() => histogram.ValueAtPercentile(101));
        Assert.Throws<ArgumentOutOfRangeException>(() => histogram.ValueAtPercentile(-1));
    }

    [Fact]
    public void Concurrent_recording_loses_nothing_and_merging_adds_up()
    {
        var histogram = new LatencyHistogram();
        Parallel.For(0, 8, worker =>
        {
            for (var i = 1; i <= 10_000; i++)
            {
                histogram.Record(i);
            }
        });
        Assert.Equal(80_000, histogram.Count);
        Assert.Equal(10_000, histogram.Max);

        var other = new LatencyHistogram();
        other.Record(50_000);
        histogram.Add(other);
        Assert.Equal(80_001, histogram.Count);
        Assert.Equal(50_000, histogram.Max);
        Assert.Equal(50_000, histogram.ValueAtPercentile(100));
    }
}
