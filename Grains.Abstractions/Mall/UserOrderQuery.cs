namespace Orleans.Grains.Mall;

/// <summary>order.list's filters (section 2.26): <paramref name="Status"/> -1 for every status, creation time bounds,
/// one order_sn, and a window of the newest-first list.</summary>
public sealed record UserOrderQuery(int Status = -1, DateTimeOffset? From = null, DateTimeOffset? To = null, string? OrderSn = null, long Offset = 0, int Limit = 20);
