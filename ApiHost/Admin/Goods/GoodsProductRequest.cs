namespace ApiHost.Admin.Goods;

/// <summary>A product of a goods. <c>productid</c> 0 is a new product and <c>stock</c> its opening stock; an existing
/// product's stock changes only through POST /v1/goods/{goodsid}/stock. <c>spec_val</c> is empty for a single-spec
/// goods, else like "颜色:::红色" (pairs joined by "|||").</summary>
public sealed record GoodsProductRequest(
    string Skuid,
    int MarketPrice,
    int SalesPrice,
    long Productid = 0,
    string SpecVal = "",
    int Stock = 0,
    bool Enabled = true);
