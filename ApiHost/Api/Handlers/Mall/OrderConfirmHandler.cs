using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>order.confirm: the buyer confirms receipt of a shipped order.</summary>
public sealed class OrderConfirmHandler : ApiHandler<OrderSnParameters, EmptyResult>
{
    public override string Method => "order.confirm";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(OrderSnParameters parameters, ApiContext context)
    {
        var order = await OrderLookup.OwnAsync(context, parameters.OrderSn);
        var result = await context.Grains.GetGrain<IOrderGrain>(order.OrderSn).Confirm(order.UserId);
        return OrderLookup.Check(result, "确认收货成功", "订单尚未发货");
    }
}
