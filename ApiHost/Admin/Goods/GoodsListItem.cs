using Orleans.Grains.Catalog;

namespace ApiHost.Admin.Goods;

/// <summary>A goods in the admin list (a read-model row). <c>listed</c>: on sale with an enabled product, so clients see
/// it. Prices are over the enabled products, in gold coins. <c>buy_count</c> / <c>month_buy_count</c>: units in orders
/// that are not closed, ever and in the last 30 days, as goods.list shows them.</summary>
public sealed record GoodsListItem(
    long Goodsid,
    string GoodsName,
    long CatId,
    bool OnSale,
    bool Listed,
    int MinPrice,
    int MaxPrice,
    int MinMarketPrice,
    int MaxMarketPrice,
    string GoodsImg,
    int BuyCount,
    int MonthBuyCount)
{
    public static GoodsListItem From(GoodsListing g, GoodsSales sales) =>
        new(g.GoodsId, g.Name, g.CatId, g.OnSale, g.Listed, g.MinPrice, g.MaxPrice, g.MinMarketPrice, g.MaxMarketPrice, g.Image, sales.BuyCount, sales.MonthBuyCount);
}
