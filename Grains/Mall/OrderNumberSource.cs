using System.Globalization;

namespace Orleans.Grains.Mall;

/// <summary>Hands out order_sns ("SN" + yyyyMMdd + 10-digit daily sequence) from blocks reserved durably in the
/// day's sequence grain, so the hot path pays one sequence write per block, not per order. One per grain activation;
/// safe under reentrant turns (a refill in flight is shared).</summary>
public sealed class OrderNumberSource(IGrainFactory grains, TimeProvider clock, MallOptions options)
{
    private string _day = string.Empty;
    private long _next;
    private long _end;
    private Task? _refill;

    public async ValueTask<string> NextAsync()
    {
        while (true)
        {
            var day = (clock.GetUtcNow() + options.DayUtcOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            if (day == _day && _next < _end)
            {
                return "SN" + day + (_next++).ToString("D10", CultureInfo.InvariantCulture);
            }

            _refill ??= RefillAsync(day);
            await _refill;
        }
    }

    private async Task RefillAsync(string day)
    {
        try
        {
            var first = await grains.GetGrain<Common.IIdGeneratorGrain>("order-sn:" + day).NextBlock(options.OrderNumberBlock);
            (_day, _next, _end) = (day, first, first + options.OrderNumberBlock);
        }
        finally
        {
            _refill = null;
        }
    }
}
