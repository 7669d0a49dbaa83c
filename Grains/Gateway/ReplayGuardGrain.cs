namespace Orleans.Grains.Gateway;

/// <summary>Kept in memory: a write call also needs a valid timestamp (±window), so after a restart the exposure is
/// one window, and the paths where a replay costs money (orders, flash sales) also consume durable single-use
/// request tokens.</summary>
public sealed class ReplayGuardGrain(TimeProvider clock) : Grain, IReplayGuardGrain
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Sign, DateTimeOffset Until)> _byArrival = new();

    public Task<bool> TryAccept(string sign, DateTimeOffset rememberUntil)
    {
        var now = clock.GetUtcNow();
        Forget(now);
        if (_seen.TryGetValue(sign, out var until) && until > now)
        {
            return Task.FromResult(false);
        }

        _seen[sign] = rememberUntil;
        _byArrival.Enqueue((sign, rememberUntil));
        return Task.FromResult(true);
    }

    private void Forget(DateTimeOffset now)
    {
        // Arrival order approximates expiry order; entries that expire later than their neighbours wait a little longer.
        while (_byArrival.TryPeek(out var oldest) && oldest.Until <= now)
        {
            _byArrival.Dequeue();
            if (_seen.TryGetValue(oldest.Sign, out var until) && until <= now)
            {
                _seen.Remove(oldest.Sign);
            }
        }
    }
}
