namespace Orleans.Grains.Mall;

/// <summary>A flash sale's header (or a stock shard's: <see cref="FlashSaleShardState"/>); its reservations live in ledger chunks.</summary>
public class FlashSaleState
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

    /// <summary>Grows with every change of a sharded sale that its shards must hear of (creation, update, stop); in a
    /// shard, the revision of the last setup it took.</summary>
    public int Revision { get; set; }

    /// <summary>The revision every shard of a sharded sale has taken (the sale grain re-sends setups until it is current).</summary>
    public int ShardsRevision { get; set; }

    public Dictionary<string, long> Rejections { get; set; } = new(StringComparer.Ordinal);
}
