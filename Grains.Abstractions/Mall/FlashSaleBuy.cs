namespace Orleans.Grains.Mall;

/// <summary>A buyer's request: the request token makes it idempotent (a retry gets the same order).</summary>
public sealed record FlashSaleBuy(long UserId, int Quantity, string RequestToken, AddressInput Address);
