namespace Orleans.Grains.Mall;

/// <summary>A mall order request: lines of (goods, product, quantity), a delivery address and a single-use request token.</summary>
public sealed record OrderSubmission(IReadOnlyList<OrderRequestLine> Lines, AddressInput Address, string RequestToken);
