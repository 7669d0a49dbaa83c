using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>A flash sale as clients see it. <c>status</c>: 0 upcoming, 1 running, 2 sold out, 3 ended.</summary>
public sealed record SeckillView(
    long SeckillId,
    long Goodsid,
    string GoodsName,
    string GoodsImg,
    long Productid,
    string SpecVal,
    int MarketPrice,
    int Price,
    int Quota,
    int Remaining,
    int LimitPerUser,
    string StartTime,
    string EndTime,
    int Status)
{
    public static SeckillView From(FlashSaleView s, int marketPrice = 0) => new(
        s.Id, s.GoodsId, s.GoodsName, s.GoodsImage, s.ProductId, s.SpecVal, marketPrice, s.Price, s.Quota, s.Remaining, s.LimitPerUser,
        ApiTime.Format(s.StartTime), ApiTime.Format(s.EndTime),
        s.Status switch
        {
            FlashSaleStatus.Upcoming => 0,
            FlashSaleStatus.Running => 1,
            FlashSaleStatus.SoldOut => 2,
            _ => 3,
        });
}
