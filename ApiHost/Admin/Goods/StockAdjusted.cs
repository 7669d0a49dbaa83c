namespace ApiHost.Admin.Goods;

/// <summary>An applied stock adjustment and the product's available stock after it. A retry under the same
/// <c>request_id</c> answers the same body as the first call.</summary>
public sealed record StockAdjusted(long Goodsid, long Productid, int Delta, int Stock, string? RequestId = null);
