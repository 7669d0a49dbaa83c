namespace ApiHost.Admin.Orders;

public sealed record OrderItemAddress(string ReceiverName, string ReceiverMobile, string Province, string City, string District, string Street, string Address);
