using System.Globalization;
using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>An order as section 2.26 lists it. <c>orderid</c> is the numeric part of the order_sn.</summary>
public sealed record OrderView(
    long Orderid,
    string OrderSn,
    long? SeckillId,
    int TotalPrice,
    string PayTime,
    int OrderStatus,
    string OrderStatusLabel,
    string? ShippingTime,
    string? DoneTime,
    string? ClosedTime,
    string? ShippingNote,
    string ReceiverName,
    string ReceiverProvince,
    string ReceiverCity,
    string ReceiverDistrict,
    string ReceiverStreet,
    string ReceiverAddress,
    string ReceiverMobile,
    string CTime,
    IReadOnlyList<OrderGoodsView> GoodsList)
{
    public static OrderView From(OrderRecord o) => new(
        long.Parse(o.OrderSn.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture),
        o.OrderSn,
        o.SeckillId,
        o.TotalPrice,
        ApiTime.Format(o.CreatedAt),
        (int)o.Status,
        Label(o.Status),
        ApiTime.Format(o.ShippedAt),
        ApiTime.Format(o.DoneAt),
        ApiTime.Format(o.ClosedAt),
        o.ShippingNote,
        o.Address.ReceiverName,
        o.Address.Province,
        o.Address.City,
        o.Address.District,
        o.Address.Street,
        o.Address.Address,
        o.Address.ReceiverMobile,
        ApiTime.Format(o.CreatedAt),
        o.Lines.Select(OrderGoodsView.From).ToList());

    public static string Label(OrderStatus status) => status switch
    {
        Orleans.Grains.Mall.OrderStatus.Paid => "待发货",
        Orleans.Grains.Mall.OrderStatus.Shipped => "已发货",
        Orleans.Grains.Mall.OrderStatus.Done => "交易成功",
        _ => "已关闭",
    };
}
