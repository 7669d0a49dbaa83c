using Microsoft.Extensions.Options;

namespace ApiHost.Protocols.Dialects;

/// <summary>Bounds the flash-sale calls running at once. Past the bound a call is refused at once rather than
/// queued: at a sale's opening second a fast "busy, try again" is worth more than a slow answer that times out.</summary>
public sealed class FlashSaleGate(IOptions<DialectOptions> options)
{
    private readonly HashSet<string> _methods = new(options.Value.FlashSaleMethods, StringComparer.Ordinal);
    private readonly int _limit = Math.Max(options.Value.FlashSaleConcurrency, 0);
    private int _running;

    /// <summary>A lease to release when the call ends, or null when the call must be shed.</summary>
    public IDisposable? TryEnter(string method)
    {
        if (!_methods.Contains(method))
        {
            return Unbounded.Instance;
        }

        if (Interlocked.Increment(ref _running) > _limit)
        {
            Interlocked.Decrement(ref _running);
            return null;
        }

        return new Lease(this);
    }

    private sealed class Lease(FlashSaleGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref gate._running);
            }
        }
    }

    private sealed class Unbounded : IDisposable
    {
        public static readonly Unbounded Instance = new();

        public void Dispose()
        {
            // Calls outside the hot path hold nothing.
        }
    }
}
