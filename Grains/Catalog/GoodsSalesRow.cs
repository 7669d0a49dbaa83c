namespace Orleans.Grains.Catalog;

/// <summary>A row of the goods-sales read model: the all-time units and the daily units of the last
/// <see cref="SalesWindow.KeptDays"/> days, from which a reader works out the 30-day count for its own "today"
/// (a stored 30-day total would go stale as days pass without orders).</summary>
public sealed record GoodsSalesRow(long GoodsId, long Units, IReadOnlyList<GoodsSalesDay> Days)
{
    public GoodsSales ToSales(DateTimeOffset now) => new(
        GoodsId,
        (int)Math.Min(Units, int.MaxValue),
        (int)Math.Min(SalesWindow.InWindow(Days, now), int.MaxValue));
}
