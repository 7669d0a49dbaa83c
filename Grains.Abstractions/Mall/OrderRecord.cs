namespace Orleans.Grains.Mall;

/// <summary>An order as stored. The address is a copy taken when ordering.</summary>
public sealed record OrderRecord(
    string OrderSn,
    long UserId,
    long? SeckillId,
    IReadOnlyList<OrderLine> Lines,
    int TotalPrice,
    OrderStatus Status,
    AddressInput Address,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ShippedAt = null,
    DateTimeOffset? DoneAt = null,
    DateTimeOffset? ClosedAt = null,
    string? ShippingNote = null,
    string? CloseReason = null);
