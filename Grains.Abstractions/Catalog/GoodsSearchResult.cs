namespace Orleans.Grains.Catalog;

/// <summary>A page of goods with the total count; <paramref name="Sales"/> holds the sales counts of the page's goods,
/// in the same order as <paramref name="Goods"/>.</summary>
public sealed record GoodsSearchResult(IReadOnlyList<GoodsListing> Goods, long Total, IReadOnlyList<GoodsSales> Sales);
