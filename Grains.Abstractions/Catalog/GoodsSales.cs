namespace Orleans.Grains.Catalog;

/// <summary>A goods's sales as clients see them (goods.list, goods.detail): <paramref name="BuyCount"/> units in
/// orders that are not closed, ever; <paramref name="MonthBuyCount"/> the same for orders placed in the last 30 days
/// (today, UTC, and the 29 days before).</summary>
public sealed record GoodsSales(long GoodsId, int BuyCount, int MonthBuyCount)
{
    public static GoodsSales None(long goodsId) => new(goodsId, 0, 0);
}
