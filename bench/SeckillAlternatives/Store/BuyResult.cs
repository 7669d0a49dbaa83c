namespace Bench.Alternatives.Store;

public sealed record BuyResult(BuyOutcome Outcome, string? OrderSn = null, int Total = 0);
