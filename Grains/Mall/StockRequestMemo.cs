namespace Orleans.Grains.Mall;

/// <summary>A stock change applied under a request id, kept so that a retry of it answers the same.</summary>
public sealed record StockRequestMemo(string RequestId, int Delta, string Reason, int Available);
