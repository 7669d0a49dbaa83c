namespace Orleans.Grains.Mall;

/// <summary>The fields of a delivery address as the client sends them.</summary>
public sealed record AddressInput(
    string ReceiverName,
    string ReceiverMobile,
    string Province,
    string City,
    string District,
    string Street,
    string Address);
