namespace Orleans.Grains.Mall;

/// <summary><paramref name="Detail"/> names the goods a rejection is about.</summary>
public sealed record OrderSubmitResult(OrderSubmitOutcome Outcome, string? OrderSn = null, int TotalPrice = 0, string? Detail = null);
