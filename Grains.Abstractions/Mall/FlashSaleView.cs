namespace Orleans.Grains.Mall;

/// <summary>A flash sale with its live counters. Rejections are counted by reason. The counters are the sums over
/// <paramref name="Shards"/> (one entry for an unsharded sale).</summary>
public sealed record FlashSaleView(
    long Id,
    long ProductId,
    long GoodsId,
    string GoodsName,
    string SpecVal,
    string GoodsImage,
    int Price,
    int Quota,
    int Sold,
    int Remaining,
    int Orders,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    int LimitPerUser,
    FlashSaleStatus Status,
    IReadOnlyDictionary<string, long> Rejections,
    IReadOnlyList<FlashSaleShardView> Shards);
