using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>order.list: the user's orders, newest first, with the filters of section 2.26.</summary>
public sealed class OrderListHandler : ApiHandler<OrderListParameters, PagedResult<OrderView>>
{
    /// <summary>Deepest page served; beyond it the list is empty (bounds the offset a client can ask for).</summary>
    public const int MaxPage = 100_000;

    /// <summary>order_sn is "SN" + yyyyMMdd + 10 digits; anything much longer is not one.</summary>
    public const int MaxOrderSnLength = 32;

    public override string Method => "order.list";

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(OrderListParameters p, ApiContext context)
    {
        if (p.OrderStatus is not (-1 or >= 1 and <= 4))
        {
            throw ApiException.Parameter("order_status", "只能是 -1 或 1-4");
        }

        if (p.OrderSn.Length > MaxOrderSnLength)
        {
            throw ApiException.Parameter("order_sn", $"不能超过 {MaxOrderSnLength} 个字符");
        }

        var from = ParseTime(p.StartTime, "start_time");
        var to = ParseTime(p.EndTime, "end_time");
        var page = Math.Max(p.Page, 1);
        const int size = PagedResult<OrderView>.PageSize;
        var query = new UserOrderQuery(p.OrderStatus, from, to, p.OrderSn, (Math.Min(page, MaxPage + 1) - 1) * (long)size, page > MaxPage ? 0 : size);
        var found = await context.Grains.GetGrain<IUserOrdersGrain>(context.RequireUserId()).List(query);
        return Ok("success", new PagedResult<OrderView>(
            found.Orders.Select(OrderView.From).ToList(), (int)Math.Min(found.Total, int.MaxValue), page, size, (long)page * size < found.Total));
    }

    private static DateTimeOffset? ParseTime(string text, string name) =>
        string.IsNullOrEmpty(text) ? null : ApiTime.Parse(text) ?? throw ApiException.Parameter(name, "格式应为 yyyy-MM-dd HH:mm:ss");
}
