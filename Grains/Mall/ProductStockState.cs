namespace Orleans.Grains.Mall;

public sealed class ProductStockState
{
    public long GoodsId { get; set; }

    public int Available { get; set; }

    /// <summary>Quantities held per key (order_sn, or "seckill:{id}" for a flash sale's quota).</summary>
    public Dictionary<string, int> Holds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Recent manual adjustments, newest first (at most <see cref="ProductStockGrain.JournalSize"/>).</summary>
    public List<StockAdjustment> Adjustments { get; set; } = [];

    /// <summary>Request ids of recent adjustments, newest first (at most <see cref="ProductStockGrain.RememberedRequests"/>).</summary>
    public List<StockRequestMemo> Requests { get; set; } = [];
}
