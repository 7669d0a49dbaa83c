namespace Orleans.Grains.Mall;

/// <summary>One purchasable variant of a goods (a "product" in the document). Prices are in gold coins.
/// <paramref name="SpecVal"/> is empty for single-spec goods, else like "颜色:::红色".</summary>
public sealed record ProductInfo(long ProductId, string SpecVal, string Sku, int MarketPrice, int SalesPrice, bool Enabled);
