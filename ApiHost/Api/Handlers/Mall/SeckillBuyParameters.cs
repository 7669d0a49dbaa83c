namespace ApiHost.Api.Handlers.Mall;

public sealed record SeckillBuyParameters(long SeckillId, long AddressId, string RequestToken, int Quantity = 1);
