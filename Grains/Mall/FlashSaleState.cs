namespace Orleans.Grains.Mall;

/// <summary>A flash sale's header; its reservations live in ledger chunks.</summary>
public sealed class FlashSaleState
{
    public FlashSaleDefinition? Definition { get; set; }

    public long GoodsId { get; set; }

    public string GoodsName { get; set; } = string.Empty;

    public string SpecVal { get; set; } = string.Empty;

    public string GoodsImage { get; set; } = string.Empty;

    public int MarketPrice { get; set; }

    /// <summary>The quota is held in the product's stock (false only between creation's two steps).</summary>
    public bool QuotaHeld { get; set; }

    public bool Stopped { get; set; }

    /// <summary>The sale is over and its unsold quota went back to stock.</summary>
    public bool Settled { get; set; }

    public int ChunkCount { get; set; }

    public Dictionary<string, long> Rejections { get; set; } = new(StringComparer.Ordinal);
}
