using System.Globalization;
using ApiHost.Admin.Http;
using ApiHost.Api;
using Orleans;
using Orleans.Grains.Mall;
using Orleans.Grains.ReadModels;

namespace ApiHost.Admin.Orders;

/// <summary>Orders for admins: queries on the orders read model, actions on the order grain (the one source of truth).</summary>
public sealed class OrderAdminService(IGrainFactory grains, OrderReadModel orders)
{
    public const int MaxTextLength = 200;

    public async Task<(IReadOnlyList<OrderItem> Page, long Total)> QueryAsync(IQueryCollection query, AdminPaging paging)
    {
        var filters = new List<ReadModelFilter>();
        if (Long(query, "userid") is { } userId)
        {
            filters.Add(new("userid", ReadModelOperator.Equal, userId));
        }

        if (Long(query, "order_status") is { } status)
        {
            filters.Add(status is >= 1 and <= 4 ? new("order_status", ReadModelOperator.Equal, status) : throw AdminException.Invalid("order_status", "must be 1, 2, 3 or 4"));
        }

        if (Long(query, "seckill_id") is { } saleId)
        {
            filters.Add(new("seckill_id", ReadModelOperator.Equal, saleId));
        }

        if (Time(query, "start_time") is { } from)
        {
            filters.Add(new("created", ReadModelOperator.AtLeast, from.ToUnixTimeSeconds()));
        }

        if (Time(query, "end_time") is { } to)
        {
            filters.Add(new("created", ReadModelOperator.AtMost, to.ToUnixTimeSeconds()));
        }

        var page = await orders.QueryAsync(new ReadModelQuery(filters, "created", Descending: true, (long)(paging.Page - 1) * paging.Limit, paging.Limit));
        return (page.Rows.Select(OrderItem.From).ToList(), page.Total);
    }

    public async Task<OrderItem> GetAsync(string orderSn) =>
        await grains.GetGrain<IOrderGrain>(orderSn).Get() is { } order ? OrderItem.From(order) : throw AdminException.NotFound($"order {orderSn}");

    public async Task<OrderItem> ShipAsync(string orderSn, OrderShipRequest request)
    {
        var note = Text(request.Note, "note");
        ThrowIfFailed(await grains.GetGrain<IOrderGrain>(orderSn).Ship(note), orderSn, "only an order to ship (status 1) can be shipped");
        return await GetAsync(orderSn);
    }

    public async Task<OrderItem> CloseAsync(string orderSn, OrderCloseRequest request)
    {
        var reason = Text(request.Reason, "reason");
        ThrowIfFailed(await grains.GetGrain<IOrderGrain>(orderSn).Close(reason), orderSn, "a done or closed order cannot be closed");
        return await GetAsync(orderSn);
    }

    private static string Text(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) || value.Length > MaxTextLength
            ? throw AdminException.Invalid(field, $"required, at most {MaxTextLength} characters")
            : value.Trim();

    private static void ThrowIfFailed(OrderActionResult result, string orderSn, string wrongStatus)
    {
        switch (result)
        {
            case OrderActionResult.Ok:
                return;
            case OrderActionResult.NotFound:
                throw AdminException.NotFound($"order {orderSn}");
            default:
                throw AdminException.Conflict(wrongStatus);
        }
    }

    private static long? Long(IQueryCollection query, string name) =>
        query[name] is { Count: > 0 } values
            ? long.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && values.Count == 1
                ? value
                : throw AdminException.Invalid(name, "must be one integer")
            : null;

    private static DateTimeOffset? Time(IQueryCollection query, string name) =>
        query[name] is { Count: > 0 } values
            ? ApiTime.Parse(values[0]) is { } time && values.Count == 1 ? time : throw AdminException.Invalid(name, "must be yyyy-MM-dd HH:mm:ss")
            : null;
}
