using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>order.list: the user's orders, newest first, with the filters of section 2.26.</summary>
public sealed class OrderListHandler : ApiHandler<OrderListParameters, PagedResult<OrderView>>
{
    public override string Method => "order.list";

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(OrderListParameters p, ApiContext context)
    {
        if (p.OrderStatus is not (-1 or >= 1 and <= 4))
        {
            throw ApiException.Parameter("order_status", "只能是 -1 或 1-4");
        }

        var from = ParseTime(p.StartTime, "start_time");
        var to = ParseTime(p.EndTime, "end_time");
        var userId = context.RequireUserId();
        var sns = await context.Grains.GetGrain<IUserOrdersGrain>(userId).List();
        if (p.OrderSn is { Length: > 0 })
        {
            sns = sns.Where(sn => sn == p.OrderSn).ToList();
        }

        var orders = await Task.WhenAll(sns.Select(sn => context.Grains.GetGrain<IOrderGrain>(sn).Get()));
        var matching = orders.OfType<OrderRecord>()
            .Where(o => p.OrderStatus == -1 || (int)o.Status == p.OrderStatus)
            .Where(o => from is null || o.CreatedAt >= from)
            .Where(o => to is null || o.CreatedAt <= to)
            .Select(OrderView.From);
        return Ok("success", PagedResult<OrderView>.Of(matching, p.Page));
    }

    private static DateTimeOffset? ParseTime(string text, string name) =>
        string.IsNullOrEmpty(text) ? null : ApiTime.Parse(text) ?? throw ApiException.Parameter(name, "格式应为 yyyy-MM-dd HH:mm:ss");
}
