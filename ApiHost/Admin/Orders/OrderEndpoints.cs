using ApiHost.Admin.Http;

namespace ApiHost.Admin.Orders;

public static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapAdminOrders(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/orders", "Orders");
        group.MapGet("/", QueryAsync)
            .WithSummary("Orders, newest first; filters userid, order_status (1-4), seckill_id, start_time/end_time (yyyy-MM-dd HH:mm:ss).")
            .ProducesAdminPage<OrderItem>();
        group.MapGet("/{orderSn}", GetAsync).WithSummary("One order.").ProducesAdminSingle<OrderItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/{orderSn}/ship", ShipAsync).WithSummary("Ship an order (status 1 -> 2) with a tracking note.")
            .AcceptsAdminJson<OrderShipRequest>().ProducesAdminSingle<OrderItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound).Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPost("/{orderSn}/close", CloseAsync).WithSummary("Close an order that is not done (1 or 2 -> 4): stock or quota and gold go back once.")
            .AcceptsAdminJson<OrderCloseRequest>().ProducesAdminSingle<OrderItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound).Produces<AdminReply>(StatusCodes.Status409Conflict);
        return routes;
    }

    /// <param name="userid">Only this user's orders.</param>
    /// <param name="order_status">1 to ship, 2 shipped, 3 done, 4 closed.</param>
    /// <param name="seckill_id">Only orders of this flash sale.</param>
    /// <param name="start_time">Created at or after (yyyy-MM-dd HH:mm:ss, China time).</param>
    /// <param name="end_time">Created at or before.</param>
    /// <param name="context">The request.</param>
    /// <param name="orders">The service.</param>
    /// <remarks>The filters are declared as strings for Swagger only: the service parses the query itself, so a bad
    /// value answers the admin envelope's 400 naming the field rather than the framework's bare 400.</remarks>
    private static async Task<IResult> QueryAsync(
        string? userid, string? order_status, string? seckill_id, string? start_time, string? end_time, HttpContext context, OrderAdminService orders)
    {
        _ = (userid, order_status, seckill_id, start_time, end_time);
        var (page, total) = await orders.QueryAsync(context.Request.Query, AdminPaging.From(context.Request));
        return AdminResults.Query(page, total);
    }

    private static async Task<IResult> GetAsync(string orderSn, OrderAdminService orders) => AdminResults.Single(await orders.GetAsync(orderSn));

    private static async Task<IResult> ShipAsync(string orderSn, HttpContext context, OrderAdminService orders) =>
        AdminResults.Single(await orders.ShipAsync(orderSn, await AdminBody.ReadAsync<OrderShipRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> CloseAsync(string orderSn, HttpContext context, OrderAdminService orders) =>
        AdminResults.Single(await orders.CloseAsync(orderSn, await AdminBody.ReadAsync<OrderCloseRequest>(context.Request, context.RequestAborted)));
}
