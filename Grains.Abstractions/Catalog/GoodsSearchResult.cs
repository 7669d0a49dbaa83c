namespace Orleans.Grains.Catalog;

public sealed record GoodsSearchResult(IReadOnlyList<GoodsListing> Goods, long Total);
