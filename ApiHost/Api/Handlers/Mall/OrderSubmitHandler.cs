using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>order.submit: checks goods, stock, per-user limits and gold, then takes stock, debits gold and creates
/// the order. One request token gives at most one order; a retry with it answers the same order.</summary>
public sealed class OrderSubmitHandler : ApiHandler<OrderSubmitParameters, OrderPlaced>
{
    public override string Method => "order.submit";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(OrderSubmitParameters parameters, ApiContext context)
    {
        var userId = context.RequireUserId();
        var lines = parameters.ParseLines();
        if (parameters.RequestToken is not { Length: > 0 and <= 64 })
        {
            throw ApiException.Parameter("request_token", "无效");
        }

        var address = await context.Grains.GetGrain<IAddressBookGrain>(userId).Get(parameters.AddressId)
            ?? throw ApiException.Business("收货地址不存在");
        var result = await context.Grains.GetGrain<IUserOrdersGrain>(userId)
            .Submit(new OrderSubmission(lines, address.Fields, parameters.RequestToken));
        return result.Outcome switch
        {
            OrderSubmitOutcome.Ok => Ok("下单成功", new OrderPlaced(result.OrderSn!, result.TotalPrice, (int)OrderStatus.Paid)),
            OrderSubmitOutcome.InvalidToken => throw ApiException.Business("请求令牌无效或已使用"),
            OrderSubmitOutcome.GoodsUnavailable => throw ApiException.Business($"商品已下架或不存在：{result.Detail}"),
            OrderSubmitOutcome.OutOfStock => throw ApiException.Business($"库存不足：{result.Detail}"),
            OrderSubmitOutcome.LimitReached => throw ApiException.Business($"超过每人限兑数量：{result.Detail}"),
            _ => throw ApiException.Business("金币不足"),
        };
    }
}
