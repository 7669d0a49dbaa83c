namespace ApiHost.Api.Handlers.Catalog;

/// <summary>Section 2.25. <c>products</c> is keyed "single_product" for a single-spec goods and by spec_val
/// ("颜色:::红色") otherwise; <c>spec_val</c> is an empty array or an object of spec name to its values;
/// <c>goods_image</c> holds at most five images. Sales counts as in <see cref="GoodsListView"/>.</summary>
public sealed record GoodsDetailView(
    long Goodsid,
    string GoodsName,
    int MinMarketPrice,
    int MaxMarketPrice,
    int MinPrice,
    int MaxPrice,
    string GoodsImg,
    int BuyCount,
    int MonthBuyCount,
    int LimitCount,
    string Description,
    Dictionary<string, ProductView> Products,
    object SpecVal,
    IReadOnlyList<string> GoodsImage);
