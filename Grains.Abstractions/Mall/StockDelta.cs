namespace Orleans.Grains.Mall;

/// <summary>A manual stock change. With a <paramref name="RequestId"/> it applies at most once per product: a retry
/// with the same id (and the same delta and reason) answers the first outcome instead of applying again.</summary>
public sealed record StockDelta(int Delta, string Reason, string? RequestId);
