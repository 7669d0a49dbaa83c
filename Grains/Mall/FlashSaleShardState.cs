namespace Orleans.Grains.Mall;

/// <summary>A stock shard's header: the sale's header fields plus the shard's place, its starting share and the quota
/// it lent to or borrowed from other shards (keyed by loan id, so a repeated loan never counts twice).</summary>
public sealed class FlashSaleShardState : FlashSaleState
{
    public long SaleId { get; set; }

    public int Index { get; set; }

    public int Share { get; set; }

    public Dictionary<string, QuotaLoan> Lent { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, QuotaLoan> Borrowed { get; set; } = new(StringComparer.Ordinal);
}
