namespace Bench.Alternatives.Store;

/// <summary>An order as GET /v1/orders lists it.</summary>
public sealed record OrderRow(string OrderSn, long UserId, long SeckillId, int Quantity, int Total, int OrderStatus, DateTimeOffset Created);
