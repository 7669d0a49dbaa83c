namespace Orleans.Grains.Mall;

/// <summary>One window of a user's orders, newest first, and how many match in all.</summary>
public sealed record UserOrderPage(IReadOnlyList<OrderRecord> Orders, long Total);
