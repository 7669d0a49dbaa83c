using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tests.LoadTest;

public sealed class RatePacerTests
{
    private const long Frequency = 1_000_000_000; // nanosecond ticks, as Stopwatch has on Linux

    [Fact]
    public void Sends_are_spaced_by_one_period_from_the_start()
    {
        var pacer = new RatePacer(startTicks: 5_000, ratePerSecond: 1000, Frequency);
        Assert.Equal(5_000, pacer.IntendedTicks(0));
        Assert.Equal(5_000 + 1_000_000, pacer.IntendedTicks(1));
        Assert.Equal(5_000 + 1_000_000_000, pacer.IntendedTicks(1000));
    }

    [Fact]
    public void Due_count_includes_every_send_whose_time_has_come()
    {
        var pacer = new RatePacer(0, 1000, Frequency);
        Assert.Equal(0, pacer.DueCount(-1));
        Assert.Equal(1, pacer.DueCount(0));
        Assert.Equal(1, pacer.DueCount(999_999));
        Assert.Equal(2, pacer.DueCount(1_000_000));
        Assert.Equal(1001, pacer.DueCount(Frequency));
    }

    [Fact]
    public void A_late_dispatcher_finds_the_missed_sends_due_at_once_with_their_original_times()
    {
        // 10 ms late at 2,000/s: 21 sends are due; the 21st was meant for exactly 10 ms, and latency is taken from there.
        var pacer = new RatePacer(0, 2000, Frequency);
        Assert.Equal(21, pacer.DueCount(10_000_000));
        Assert.Equal(10_000_000, pacer.IntendedTicks(20));
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(7.0)]
    [InlineData(333.3)]
    [InlineData(12_345.6)]
    public void Fractional_periods_never_drift_and_due_counts_agree_with_intended_times(double rate)
    {
        var pacer = new RatePacer(17, rate, Frequency);
        for (long i = 0; i < 5_000; i += 7)
        {
            var intended = pacer.IntendedTicks(i);
            Assert.Equal(i + 1, pacer.DueCount(intended));
            Assert.Equal(i, pacer.DueCount(intended - 1));
        }

        // After a simulated hour the schedule has not drifted: rate x seconds sends (plus the one at time 0).
        var expected = (long)Math.Floor(rate * 3600);
        Assert.InRange(pacer.DueCount(17 + 3600 * Frequency), expected, expected + 1);
    }

    [Fact]
    public void A_non_positive_rate_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatePacer(0, 0, Frequency));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatePacer(0, -1, Frequency));
    }
}
