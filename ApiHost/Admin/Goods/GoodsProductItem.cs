using Orleans.Grains.Mall;

namespace ApiHost.Admin.Goods;

/// <summary>A product with its stock: <c>stock</c> can still be bought, <c>reserved</c> is held by open orders and
/// flash-sale quotas. A disabled product is kept for the orders that refer to it but cannot be bought.</summary>
public sealed record GoodsProductItem(
    long Productid,
    string SpecVal,
    string Skuid,
    int MarketPrice,
    int SalesPrice,
    bool Enabled,
    int Stock,
    int Reserved)
{
    public static GoodsProductItem From(ProductInfo p, StockLevel? level) =>
        new(p.ProductId, p.SpecVal, p.Sku, p.MarketPrice, p.SalesPrice, p.Enabled, level?.Available ?? 0, level?.Reserved ?? 0);
}
