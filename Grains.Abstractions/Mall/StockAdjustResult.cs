namespace Orleans.Grains.Mall;

/// <summary>The outcome of a <see cref="StockDelta"/>. <paramref name="Available"/> is the stock right after the
/// change (for <see cref="StockAdjustStatus.Repeated"/>: right after the first application, so a retry answers
/// what the first call answered); for a refusal, the stock now.</summary>
public sealed record StockAdjustResult(StockAdjustStatus Status, int Available);
