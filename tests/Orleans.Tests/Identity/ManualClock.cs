namespace Orleans.Tests.Identity;

/// <summary>A clock that moves only when told. Only wall-clock time (GetUtcNow) is manual; timestamps and timers
/// stay real, so the runtime's idle collection and call timeouts behave as usual.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _utcTicks;

    /// <summary>Starts at 02:00 UTC (10:00 China time) of today, so a test that moves minutes ahead stays within one
    /// China calendar day whenever it runs, and request timestamps (real time) stay near it.</summary>
    public ManualClock() => _utcTicks = DateTime.UtcNow.Date.AddHours(2).Ticks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
