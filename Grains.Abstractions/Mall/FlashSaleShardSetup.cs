namespace Orleans.Grains.Mall;

/// <summary>What the sale grain tells each of its shards: the sale, the shard's place and starting share of the quota,
/// and the goods details an order copies. <paramref name="Revision"/> grows with every change, so a late or repeated
/// setup never overwrites a newer one. <paramref name="Stopped"/> ends selling in the shard (an admin stopped the sale).</summary>
public sealed record FlashSaleShardSetup(
    long SaleId,
    int Index,
    int Share,
    int Revision,
    FlashSaleDefinition Definition,
    long GoodsId,
    string GoodsName,
    string SpecVal,
    string GoodsImage,
    int MarketPrice,
    bool Stopped);
