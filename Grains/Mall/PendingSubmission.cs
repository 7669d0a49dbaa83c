namespace Orleans.Grains.Mall;

/// <summary>A submission between "stock may be held" and "order durable": finished or undone after a crash.</summary>
public sealed record PendingSubmission(string OrderSn, IReadOnlyList<OrderRequestLine> Lines, string RequestToken);
