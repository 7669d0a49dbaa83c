namespace Orleans.Tools.LoadTest.Metrics;

/// <summary>A log-linear histogram of non-negative values (microseconds here), in the manner of HdrHistogram:
/// values below 256 get a bucket each; above, every power of two is cut into 128 equal buckets, so a reported
/// value is within 1/128 (0.8%) above the true one. Recording is allocation-free and lock-free (one interlocked
/// increment), so millions of samples cost a fixed 35 KB and no sorting.</summary>
public sealed class LatencyHistogram
{
    /// <summary>Linear buckets per power of two (2^7).</summary>
    private const int SubBucketBits = 7;
    private const int SubBuckets = 1 << SubBucketBits;

    /// <summary>Values up to 2^40 - 1 (12.7 days in microseconds); larger ones land in the last bucket.</summary>
    public const long HighestTrackable = (1L << 40) - 1;

    private readonly long[] _counts = new long[BucketIndex(HighestTrackable) + 1];
    private long _count;
    private long _sum;
    private long _max;
    private long _min = long.MaxValue;

    public long Count => Volatile.Read(ref _count);

    public long Max => Count == 0 ? 0 : Volatile.Read(ref _max);

    public long Min => Count == 0 ? 0 : Volatile.Read(ref _min);

    public double Mean => Count == 0 ? 0 : (double)Volatile.Read(ref _sum) / Count;

    public void Record(long value)
    {
        if (value < 0)
        {
            value = 0;
        }

        var clamped = Math.Min(value, HighestTrackable);
        Interlocked.Increment(ref _counts[BucketIndex(clamped)]);
        Interlocked.Add(ref _sum, value);
        Interlocked.Increment(ref _count);
        UpdateMax(value);
        UpdateMin(value);
    }

    /// <summary>The value at or below which <paramref name="percentile"/> percent of the recorded values lie:
    /// the upper end of the bucket holding the sample of rank ceil(p% of count), never above the true maximum.</summary>
    public long ValueAtPercentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        var total = Count;
        if (total == 0)
        {
            return 0;
        }

        // The small tolerance keeps binary rounding (99.9 / 100 * 10000 = 9990.000000000002) from skipping a rank.
        var rank = Math.Max(1, (long)Math.Ceiling(percentile / 100.0 * total - 1e-7));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += Volatile.Read(ref _counts[i]);
            if (seen >= rank)
            {
                // The last bucket also holds the values clamped into it: only the true maximum describes them.
                return i == _counts.Length - 1 ? Max : Math.Clamp(HighestInBucket(i), Min, Max);
            }
        }

        return Max;
    }

    /// <summary>Adds another histogram's samples to this one.</summary>
    public void Add(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _counts.Length; i++)
        {
            var n = Volatile.Read(ref other._counts[i]);
            if (n != 0)
            {
                Interlocked.Add(ref _counts[i], n);
            }
        }

        if (other.Count == 0)
        {
            return;
        }

        Interlocked.Add(ref _sum, Volatile.Read(ref other._sum));
        Interlocked.Add(ref _count, other.Count);
        UpdateMax(other.Max);
        UpdateMin(other.Min);
    }

    /// <summary>Bucket of a value: the value itself below 256; else (shift * 128 + top 8 bits), shift = bit length - 8.</summary>
    internal static int BucketIndex(long value)
    {
        if (value < 2 * SubBuckets)
        {
            return (int)value;
        }

        var shift = 64 - long.LeadingZeroCount(value) - (SubBucketBits + 1);
        var top = (int)(value >> (int)shift);
        return (int)shift * SubBuckets + top;
    }

    /// <summary>Largest value that falls in bucket <paramref name="index"/>.</summary>
    internal static long HighestInBucket(int index)
    {
        if (index < 2 * SubBuckets)
        {
            return index;
        }

        var shift = index / SubBuckets - 1;
        long top = index - shift * SubBuckets;
        return ((top + 1) << shift) - 1;
    }

    private void UpdateMax(long value)
    {
        var current = Volatile.Read(ref _max);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref _max, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private void UpdateMin(long value)
    {
        var current = Volatile.Read(ref _min);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref _min, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
