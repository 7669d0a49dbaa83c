using ApiHost.Admin.Http;
using Orleans.Grains.Mall;

namespace ApiHost.Admin.Orders;

/// <summary>An order as admins see it. <c>order_status</c>: 1 to ship, 2 shipped, 3 done, 4 closed.</summary>
public sealed record OrderItem(
    string OrderSn,
    long Userid,
    long? SeckillId,
    int OrderStatus,
    string OrderStatusLabel,
    int TotalPrice,
    int Quantity,
    IReadOnlyList<OrderItemLine> Goods,
    OrderItemAddress Address,
    string CTime,
    string? ShippingTime,
    string? DoneTime,
    string? ClosedTime,
    string? ShippingNote,
    string? CloseReason)
{
    public static OrderItem From(OrderRecord o) => new(
        o.OrderSn,
        o.UserId,
        o.SeckillId,
        (int)o.Status,
        Label(o.Status),
        o.TotalPrice,
        o.Lines.Sum(l => l.Quantity),
        o.Lines.Select(l => new OrderItemLine(l.GoodsId, l.ProductId, l.GoodsName, l.SpecVal, l.Quantity, l.Price)).ToList(),
        new OrderItemAddress(o.Address.ReceiverName, o.Address.ReceiverMobile, o.Address.Province, o.Address.City, o.Address.District, o.Address.Street, o.Address.Address),
        AdminTime.Format(o.CreatedAt),
        AdminTime.Format(o.ShippedAt),
        AdminTime.Format(o.DoneAt),
        AdminTime.Format(o.ClosedAt),
        o.ShippingNote,
        o.CloseReason);

    public static string Label(OrderStatus status) => status switch
    {
        Orleans.Grains.Mall.OrderStatus.Paid => "待发货",
        Orleans.Grains.Mall.OrderStatus.Shipped => "已发货",
        Orleans.Grains.Mall.OrderStatus.Done => "交易成功",
        _ => "已关闭",
    };
}
