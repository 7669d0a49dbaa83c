namespace Orleans.Grains.Mall;

/// <summary>A product's stock: what can still be bought, and what is held by open reservations (orders, flash-sale quotas).</summary>
public sealed record StockLevel(long ProductId, long GoodsId, int Available, int Reserved);
