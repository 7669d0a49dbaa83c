using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>A line of an order as section 2.26 lists it.</summary>
public sealed record OrderGoodsView(
    long Goodsid,
    string GoodsName,
    string GoodsImage,
    long Productid,
    string SpecVal,
    int MarketPrice,
    int SalesPrice,
    int Quantity,
    int PaymentPrice,
    int TotalPrice)
{
    public static OrderGoodsView From(OrderLine l) => new(
        l.GoodsId, l.GoodsName, l.GoodsImage, l.ProductId, l.SpecVal, l.MarketPrice, l.Price, l.Quantity, l.Price * l.Quantity, l.Price * l.Quantity);
}
