namespace ApiHost.Admin.Catalog;

/// <summary>A goods with its products, as an admin creates or replaces it. <paramref name="GoodsImage"/> is the album;
/// an empty <paramref name="GoodsImg"/> takes its first image.</summary>
public sealed record GoodsInput(
    string GoodsName,
    long CatId,
    bool OnSale,
    int LimitCount,
    string GoodsImg,
    IReadOnlyList<string> GoodsImage,
    string Description,
    IReadOnlyList<ProductInput> Products);
