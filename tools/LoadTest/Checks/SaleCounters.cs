using System.Text.Json;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tools.LoadTest.Checks;

/// <summary>The admin API's live counters of a flash sale (<c>GET /v1/seckills/{id}</c>).</summary>
public sealed record SaleCounters(long Id, long ProductId, int Quota, int Sold, int Remaining, int Orders)
{
    public static SaleCounters From(JsonElement record) => new(
        JsonRead.Long(record, "id") ?? 0,
        JsonRead.Long(record, "productid") ?? 0,
        JsonRead.Int(record, "quota") ?? 0,
        JsonRead.Int(record, "sold") ?? 0,
        JsonRead.Int(record, "remaining") ?? 0,
        JsonRead.Int(record, "orders") ?? 0);
}
