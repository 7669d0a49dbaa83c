namespace ApiHost.Admin.Orders;

/// <summary>The tracking note of a shipment (carrier and number).</summary>
public sealed record OrderShipRequest(string Note);
