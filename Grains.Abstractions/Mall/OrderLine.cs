namespace Orleans.Grains.Mall;

/// <summary>One line of an order; <paramref name="Price"/> is the unit price in gold paid, <paramref name="MarketPrice"/>
/// the product's list price when ordered.</summary>
public sealed record OrderLine(long GoodsId, long ProductId, string GoodsName, string SpecVal, string GoodsImage, int Quantity, int Price, int MarketPrice);
