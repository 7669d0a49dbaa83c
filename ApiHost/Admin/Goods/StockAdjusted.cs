namespace ApiHost.Admin.Goods;

/// <summary>An applied stock adjustment and the product's available stock after it.</summary>
public sealed record StockAdjusted(long Goodsid, long Productid, int Delta, int Stock);
