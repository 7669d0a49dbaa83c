namespace Bench.Alternatives.Store;

/// <summary>One purchase attempt, after the gateway checked the signature, the session and the request token.</summary>
public sealed record BuyRequest(long SaleId, long UserId, int Quantity, long AddressId);
