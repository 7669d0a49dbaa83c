namespace Orleans.Tools.LoadTest.Running;

/// <summary>The open loop's schedule: send number i (from 0) is meant to leave at start + ceil(i * period), period =
/// ticks per second / rate. Latency is measured from that intended moment, not from when the send really left, so a
/// stalled server shows up in the numbers instead of silently slowing the generator (no coordinated omission).</summary>
public readonly struct RatePacer
{
    private readonly long _start;
    private readonly double _period;

    public RatePacer(long startTicks, double ratePerSecond, long ticksPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ticksPerSecond);
        _start = startTicks;
        _period = ticksPerSecond / ratePerSecond;
    }

    /// <summary>The intended send time of send number <paramref name="index"/>.</summary>
    public long IntendedTicks(long index) => _start + (long)Math.Ceiling(index * _period);

    /// <summary>How many sends are due by <paramref name="nowTicks"/>: the count of indexes whose intended time is
    /// at or before it.</summary>
    public long DueCount(long nowTicks)
    {
        if (nowTicks < _start)
        {
            return 0;
        }

        // Estimate with floating point, then settle the edge exactly against IntendedTicks.
        var k = (long)Math.Floor((nowTicks - _start) / _period);
        while (IntendedTicks(k + 1) <= nowTicks)
        {
            k++;
        }

        while (k >= 0 && IntendedTicks(k) > nowTicks)
        {
            k--;
        }

        return k + 1;
    }
}
