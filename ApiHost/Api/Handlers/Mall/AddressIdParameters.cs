namespace ApiHost.Api.Handlers.Mall;

public sealed record AddressIdParameters(long AddressId);
