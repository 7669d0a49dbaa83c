using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bench.Alternatives.Identity;
using Bench.Alternatives.Mobile;
using Bench.Alternatives.Protocol;
using Bench.Alternatives.Store;
using Microsoft.Extensions.Options;

namespace Bench.Alternatives.Admin;

/// <summary>The admin routes tools/LoadTest uses, in the admin API's envelope ({"errCode","message","count","data":[]}):
/// login, find a user by mobile, credit gold, the SMS outbox, create a sale, a sale's counters, a sale's orders.</summary>
public static class AdminEndpoints
{
    private const int MaxPageSize = 2000;

    private static readonly ConcurrentDictionary<string, bool> Sessions = new(StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/login", LoginAsync);
        var group = routes.MapGroup("/v1").AddEndpointFilter(async (context, next) =>
            Sessions.ContainsKey(context.HttpContext.Request.Headers["X-Auth-Token"].ToString())
                ? await next(context)
                : Reply(401, 401, "未登录或登录已过期", []));
        group.MapGet("/users", (string? mobile, BenchDatabase database, CancellationToken cancellationToken) => FindUserAsync(mobile, database, cancellationToken));
        group.MapPost("/users/{userid:long}/gold", CreditAsync);
        group.MapGet("/sms/outbox", (string? mobile, MemoryIdentity identity) =>
            identity.LatestCode(mobile ?? string.Empty) is { } code ? Reply(200, 0, "OK", [new { mobile, code }]) : Reply(200, 0, "OK", []));
        group.MapPost("/seckills", CreateSaleAsync);
        group.MapGet("/seckills/{id:long}", GetSaleAsync);
        group.MapGet("/orders", ListOrdersAsync);
        return routes;
    }

    private static async Task<IResult> LoginAsync(HttpRequest request, IOptions<AlternativesOptions> options)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        var user = body.RootElement.TryGetProperty("username", out var u) ? u.GetString() : null;
        var password = body.RootElement.TryGetProperty("password", out var p) ? p.GetString() ?? string.Empty : string.Empty;
        var expected = options.Value.AdminPassword ?? string.Empty;
        if (user != "admin" || expected.Length == 0
            || !CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(password)), SHA256.HashData(Encoding.UTF8.GetBytes(expected))))
        {
            return Reply(401, 401, "用户名或密码错误", []);
        }

        var token = SecureToken.New();
        Sessions[token] = true;
        return Reply(200, 0, "OK", [new { token }]);
    }

    private static async Task<IResult> FindUserAsync(string? mobile, BenchDatabase database, CancellationToken cancellationToken) =>
        await database.FindUserAsync(mobile ?? string.Empty, cancellationToken) is { } userid
            ? Reply(200, 0, "OK", [new { userid, mobile }])
            : Reply(200, 0, "OK", []);

    private static async Task<IResult> CreditAsync(long userid, HttpRequest request, BenchDatabase database)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        var amount = body.RootElement.TryGetProperty("amount", out var a) && a.TryGetInt64(out var value) ? value : 0;
        if (amount is <= 0 or > 1_000_000_000)
        {
            return Reply(400, 400, "amount must be 1..1000000000", []);
        }

        return await database.CreditGoldAsync(userid, amount, request.HttpContext.RequestAborted)
            ? Reply(200, 0, "OK", [new { userid, gold = await database.GoldAsync(userid, request.HttpContext.RequestAborted) }])
            : Reply(404, 404, "用户不存在", []);
    }

    private static async Task<IResult> CreateSaleAsync(HttpRequest request, IPurchaseStore store)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        var root = body.RootElement;
        long Number(string name) => root.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : -1;
        DateTimeOffset? Time(string name) =>
            root.TryGetProperty(name, out var v) && DateTime.TryParseExact(v.GetString(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? new DateTimeOffset(local, TimeSpan.FromHours(8))
                : null;
        var quota = Number("quota");
        var price = Number("price");
        var limit = Number("limit_per_user");
        if (Number("productid") <= 0 || quota is <= 0 or > 100_000_000 || price is < 0 or > 1_000_000 || limit < 0 || Time("start_time") is not { } start || Time("end_time") is not { } end || end <= start)
        {
            return Reply(400, 400, "productid, quota (1..100000000), price, limit_per_user, start_time < end_time are required", []);
        }

        var id = await store.CreateSaleAsync(new SaleDefinition(0, Number("productid"), (int)quota, (int)price, (int)limit, start, end), request.HttpContext.RequestAborted);
        return Reply(200, 0, "OK", [new { id }]);
    }

    private static async Task<IResult> GetSaleAsync(long id, IPurchaseStore store, CancellationToken cancellationToken) =>
        await store.CountersAsync(id, cancellationToken) is { } c
            ? Reply(200, 0, "OK", [new { id = c.Id, productid = c.ProductId, quota = c.Quota, sold = c.Sold, remaining = c.Remaining, orders = c.Orders, ordered_units = c.OrderedUnits }])
            : Reply(404, 404, "秒杀活动不存在", []);

    private static async Task<IResult> ListOrdersAsync(HttpRequest request, BenchDatabase database, CancellationToken cancellationToken)
    {
        long? Query(string name) => long.TryParse(request.Query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        var limit = (int)Math.Clamp(Query("__limit") ?? 20, 1, MaxPageSize);
        var page = (int)Math.Clamp(Query("__page") ?? 1, 1, 1_000_000);
        var (rows, total) = await database.ListOrdersAsync(Query("seckill_id"), limit, page, cancellationToken);
        var data = rows.Select(o => (object)new
        {
            order_sn = o.OrderSn,
            userid = o.UserId,
            seckill_id = o.SeckillId,
            quantity = o.Quantity,
            total_price = o.Total,
            order_status = o.OrderStatus,
            add_time = MobileApi.ChinaTime(o.Created),
        }).ToList();
        return Reply(200, 0, "OK", data, total);
    }

    private static IResult Reply(int status, int errCode, string message, IReadOnlyList<object> data, long? count = null) =>
        Results.Json(new { errCode, message, count = count ?? data.Count, data }, YafEndpoint.Json, statusCode: status);
}
