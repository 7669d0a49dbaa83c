namespace Orleans.Grains.Mall;

public sealed record FlashSaleBuyResult(FlashSaleOutcome Outcome, string? OrderSn = null, int TotalPrice = 0);
