namespace ApiHost.Admin.Goods;

/// <summary>A goods with its products, as created (POST) or replaced (PUT). Prices are gold coins. <c>goods_image</c>
/// is the album; an empty <c>goods_img</c> takes its first image. On PUT, products left out are kept but disabled
/// (orders refer to them) and <c>productid</c> 0 adds a product.</summary>
public sealed record GoodsRequest(
    string GoodsName,
    long CatId,
    IReadOnlyList<GoodsProductRequest> Products,
    bool OnSale = false,
    int LimitCount = 0,
    string GoodsImg = "",
    IReadOnlyList<string>? GoodsImage = null,
    string Description = "");
