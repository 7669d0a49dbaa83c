namespace Orleans.Grains.Catalog;

/// <summary>A goods as lists show it (a row of the goods read model). Prices are over the enabled products.
/// <paramref name="Listed"/>: on sale with at least one enabled product, i.e. visible to clients.</summary>
public sealed record GoodsListing(
    long GoodsId,
    string Name,
    long CatId,
    bool OnSale,
    bool Listed,
    int MinPrice,
    int MaxPrice,
    int MinMarketPrice,
    int MaxMarketPrice,
    string Image);
