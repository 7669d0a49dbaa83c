namespace ApiHost.Api.Handlers.Mall;

public sealed record AddressEditParameters(
    long AddressId,
    string ReceiverName,
    string ReceiverMobile,
    string Province,
    string City,
    string District,
    string Address,
    string Street = "")
{
    public AddressFields Fields => new(ReceiverName, ReceiverMobile, Province, City, District, Address, Street);
}
