namespace ApiHost.Admin.Orders;

public sealed record OrderCloseRequest(string Reason);
