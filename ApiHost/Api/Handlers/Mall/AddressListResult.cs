namespace ApiHost.Api.Handlers.Mall;

public sealed record AddressListResult(IReadOnlyList<AddressView> List);
