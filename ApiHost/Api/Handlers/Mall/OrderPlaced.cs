namespace ApiHost.Api.Handlers.Mall;

/// <summary>The answer of a successful purchase.</summary>
public sealed record OrderPlaced(string OrderSn, int TotalPrice, int OrderStatus);
