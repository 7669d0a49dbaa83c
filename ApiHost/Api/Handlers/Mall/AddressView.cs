using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

public sealed record AddressView(
    long AddressId,
    string ReceiverName,
    string ReceiverMobile,
    string Province,
    string City,
    string District,
    string Street,
    string Address,
    int IsDefault)
{
    public static AddressView From(DeliveryAddress a) => new(
        a.AddressId, a.Fields.ReceiverName, a.Fields.ReceiverMobile, a.Fields.Province, a.Fields.City,
        a.Fields.District, a.Fields.Street, a.Fields.Address, a.IsDefault ? 1 : 0);
}
