using ApiHost.Admin.Http;
using Orleans.Grains.Mall;

namespace ApiHost.Admin.Seckills;

/// <summary>A flash sale with its live counters; <c>rejections</c> counts refused buys by reason. The counters add up
/// <c>shard_list</c>, the per-shard breakdown (one entry for an unsharded sale).</summary>
public sealed record SeckillItem(
    long Id,
    long Productid,
    long Goodsid,
    string GoodsName,
    string SpecVal,
    int Price,
    int Quota,
    int Sold,
    int Remaining,
    int Orders,
    int LimitPerUser,
    string StartTime,
    string EndTime,
    string Status,
    IReadOnlyDictionary<string, long> Rejections,
    int Shards,
    IReadOnlyList<SeckillShardItem> ShardList)
{
    public static SeckillItem From(FlashSaleView s) => new(
        s.Id, s.ProductId, s.GoodsId, s.GoodsName, s.SpecVal, s.Price, s.Quota, s.Sold, s.Remaining, s.Orders, s.LimitPerUser,
        AdminTime.Format(s.StartTime), AdminTime.Format(s.EndTime), s.Status.ToString().ToLowerInvariant(), s.Rejections,
        s.Shards.Count, s.Shards.Select(SeckillShardItem.From).ToList());
}
