namespace ApiHost.Admin.Orders;

public sealed record OrderItemLine(long Goodsid, long Productid, string GoodsName, string SpecVal, int Quantity, int Price);
