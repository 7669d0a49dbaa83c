namespace ApiHost.Api.Handlers.Mall;

public sealed record AddressIdResult(long AddressId);
