using Orleans.Grains.Catalog;

namespace ApiHost.Api.Handlers.Catalog;

/// <summary>A goods in goods.list. Prices are gold coins. <c>buy_count</c> and <c>month_buy_count</c> are 0: the
/// order path does not record per-goods sales yet (the orders read model is where they will come from).</summary>
public sealed record GoodsListView(long Goodsid, string GoodsName, int MinPrice, int MaxPrice, string GoodsImg, int BuyCount, int MonthBuyCount)
{
    public static GoodsListView From(GoodsListing g) => new(g.GoodsId, g.Name, g.MinPrice, g.MaxPrice, g.Image, 0, 0);
}
