using Orleans.Grains.Mall;

namespace ApiHost.Admin.Seckills;

/// <summary>One stock shard of a sale: <c>share</c> is its starting part of the quota, <c>quota</c> what it holds now
/// (share + borrowed - lent: sold-out shards borrow from the others), <c>sold</c>/<c>remaining</c>/<c>orders</c> its part
/// of the sale's counters.</summary>
public sealed record SeckillShardItem(
    int Shard,
    int Share,
    int Quota,
    int Sold,
    int Remaining,
    int Orders,
    int Lent,
    int Borrowed,
    IReadOnlyDictionary<string, long> Rejections)
{
    public static SeckillShardItem From(FlashSaleShardView s) => new(s.Index, s.Share, s.Quota, s.Sold, s.Remaining, s.Orders, s.Lent, s.Borrowed, s.Rejections);
}
