namespace Orleans.Grains.Mall;

/// <summary>One shard's counters. <paramref name="Share"/> is its starting part of the quota, <paramref name="Quota"/>
/// what it holds now (share + borrowed - lent), <paramref name="Sold"/> the units its buyers hold.</summary>
public sealed record FlashSaleShardView(
    int Index,
    int Share,
    int Quota,
    int Sold,
    int Remaining,
    int Orders,
    int Lent,
    int Borrowed,
    IReadOnlyDictionary<string, long> Rejections);
