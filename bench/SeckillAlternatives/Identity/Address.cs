namespace Bench.Alternatives.Identity;

public sealed record Address(long AddressId, string ReceiverName, string ReceiverMobile, string Province, string City, string District, string Street, string Detail);
