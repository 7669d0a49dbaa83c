namespace Orleans.Tests.TestKit;

/// <summary>A TimeProvider that moves only when told, for time rules (windows, expiries, bans) without sleeping.
/// Starts at the real current time so signed requests built with it are accepted as they are.</summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now;

    public ManualClock(DateTimeOffset? start = null) => _now = start ?? DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
    }

    public void Set(DateTimeOffset to)
    {
        lock (_lock)
        {
            _now = to;
        }
    }
}
