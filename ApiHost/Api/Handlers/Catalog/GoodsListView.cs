using Orleans.Grains.Catalog;

namespace ApiHost.Api.Handlers.Catalog;

/// <summary>A goods in goods.list. Prices are gold coins. <c>buy_count</c>: units of the goods in orders that are not
/// closed; <c>month_buy_count</c>: the same for orders of the last 30 days (see <see cref="GoodsSales"/>).</summary>
public sealed record GoodsListView(long Goodsid, string GoodsName, int MinPrice, int MaxPrice, string GoodsImg, int BuyCount, int MonthBuyCount)
{
    public static GoodsListView From(GoodsListing g, GoodsSales sales) =>
        new(g.GoodsId, g.Name, g.MinPrice, g.MaxPrice, g.Image, sales.BuyCount, sales.MonthBuyCount);
}
