namespace Orleans.Grains.Catalog;

public sealed class GoodsSalesState
{
    /// <summary>Units in orders that are not closed, all time.</summary>
    public long Units { get; set; }

    /// <summary>The same per UTC day, for the last <see cref="SalesWindow.KeptDays"/> days; older days are dropped.</summary>
    public List<GoodsSalesDay> Days { get; set; } = [];

    /// <summary>The most recently recorded orders, newest first (at most <see cref="GoodsSalesGrain.RememberedOrders"/>).</summary>
    public List<GoodsSaleMemo> Recent { get; set; } = [];
}
