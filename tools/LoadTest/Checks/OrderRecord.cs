using System.Text.Json;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tools.LoadTest.Checks;

/// <summary>One order as the admin API lists it (<c>GET /v1/orders?seckill_id=..</c>).</summary>
public sealed record OrderRecord(string OrderSn, long UserId, long SeckillId, int OrderStatus, int Quantity)
{
    /// <summary>Status 4 (已关闭): a closed order gave its units back to the sale.</summary>
    public const int Closed = 4;

    public bool Holds => OrderStatus != Closed;

    public static OrderRecord From(JsonElement record) => new(
        JsonRead.String(record, "order_sn") ?? string.Empty,
        JsonRead.Long(record, "userid") ?? 0,
        JsonRead.Long(record, "seckill_id") ?? 0,
        JsonRead.Int(record, "order_status") ?? 0,
        JsonRead.Int(record, "quantity") ?? 0);
}
