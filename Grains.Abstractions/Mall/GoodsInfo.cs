namespace Orleans.Grains.Mall;

/// <summary>A goods of the points mall with its products. <paramref name="LimitCount"/> is the most one user may buy
/// (0 = unlimited).</summary>
public sealed record GoodsInfo(
    long GoodsId,
    string Name,
    long CatId,
    bool OnSale,
    int LimitCount,
    string Image,
    IReadOnlyList<string> Images,
    string Description,
    IReadOnlyList<ProductInfo> Products);
