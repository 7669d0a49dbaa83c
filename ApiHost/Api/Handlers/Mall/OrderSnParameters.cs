namespace ApiHost.Api.Handlers.Mall;

public sealed record OrderSnParameters(string OrderSn);
