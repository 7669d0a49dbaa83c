using System.Text.RegularExpressions;
using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

internal static partial class OrderLookup
{
    /// <summary>The caller's own order; someone else's answers exactly like a missing one.</summary>
    public static async Task<OrderRecord> OwnAsync(ApiContext context, string orderSn)
    {
        var userId = context.RequireUserId();
        var order = OrderSnPattern().IsMatch(orderSn ?? string.Empty)
            ? await context.Grains.GetGrain<IOrderGrain>(orderSn!).Get()
            : null;
        return order is not null && order.UserId == userId ? order : throw ApiException.Business("订单不存在");
    }

    public static ApiResult Check(OrderActionResult result, string success, string wrongStatus) => result switch
    {
        OrderActionResult.Ok => new ApiResult(success, new EmptyResult()),
        OrderActionResult.WrongStatus => throw ApiException.Business(wrongStatus),
        _ => throw ApiException.Business("订单不存在"),
    };

    [GeneratedRegex(@"^SN\d{18}$")]
    private static partial Regex OrderSnPattern();
}
