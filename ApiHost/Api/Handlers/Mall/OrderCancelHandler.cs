using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>order.cancel: before shipping only; stock (or flash-sale quota) and gold go back exactly once.</summary>
public sealed class OrderCancelHandler : ApiHandler<OrderSnParameters, EmptyResult>
{
    public override string Method => "order.cancel";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(OrderSnParameters parameters, ApiContext context)
    {
        var order = await OrderLookup.OwnAsync(context, parameters.OrderSn);
        var result = await context.Grains.GetGrain<IOrderGrain>(order.OrderSn).Cancel(order.UserId);
        return OrderLookup.Check(result, "订单已取消", "订单已发货或已关闭，不能取消");
    }
}
