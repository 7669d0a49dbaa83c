using System.Text.Json;
using ApiHost.Api;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall.Shards;

/// <summary>Creating and reading sharded sales through the admin REST API, as an admin would.</summary>
internal static class ShardedSale
{
    public static object Body(long productId, int quota, int price, int limit, int? shards, DateTimeOffset? start = null, DateTimeOffset? end = null)
    {
        var from = start ?? DateTimeOffset.UtcNow.AddMinutes(-1);
        var to = end ?? DateTimeOffset.UtcNow.AddHours(1);
        return shards is { } k
            ? new { productid = productId, quota, price, start_time = ApiTime.Format(from), end_time = ApiTime.Format(to), limit_per_user = limit, shards = k }
            : new { productid = productId, quota, price, start_time = ApiTime.Format(from), end_time = ApiTime.Format(to), limit_per_user = limit };
    }

    public static async Task<long> CreateAsync(AdminClient admin, long productId, int quota, int price, int limit, int shards)
    {
        var created = await admin.PostAsync("/v1/seckills", Body(productId, quota, price, limit, shards));
        Assert.True(created.ErrCode == 0, created.ToString());
        return created.First.GetProperty("id").GetInt64();
    }

    public static async Task<Counters> CountersAsync(AdminClient admin, long saleId)
    {
        var reply = await admin.GetAsync($"/v1/seckills/{saleId}");
        Assert.True(reply.ErrCode == 0, reply.ToString());
        var sale = reply.First;
        var shards = sale.GetProperty("shard_list").EnumerateArray().Select(s => new ShardCounters(
            s.GetProperty("shard").GetInt32(), s.GetProperty("share").GetInt32(), s.GetProperty("quota").GetInt32(), s.GetProperty("sold").GetInt32(),
            s.GetProperty("remaining").GetInt32(), s.GetProperty("orders").GetInt32(), s.GetProperty("lent").GetInt32(), s.GetProperty("borrowed").GetInt32(),
            Reasons(s.GetProperty("rejections")))).ToList();
        return new Counters(
            sale.GetProperty("quota").GetInt32(), sale.GetProperty("sold").GetInt32(), sale.GetProperty("remaining").GetInt32(),
            sale.GetProperty("orders").GetInt32(), sale.GetProperty("status").GetString()!, sale.GetProperty("shards").GetInt32(),
            Reasons(sale.GetProperty("rejections")), shards);
    }

    private static Dictionary<string, long> Reasons(JsonElement rejections) =>
        rejections.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
}

internal sealed record Counters(int Quota, int Sold, int Remaining, int Orders, string Status, int Shards, Dictionary<string, long> Rejections, IReadOnlyList<ShardCounters> ShardList)
{
    /// <summary>The sale's counters are exactly the sums of its shards', and quota only moved between shards.</summary>
    public void AssertAddsUp()
    {
        Assert.Equal(Shards, ShardList.Count);
        Assert.Equal(Sold, ShardList.Sum(s => s.Sold));
        Assert.Equal(Orders, ShardList.Sum(s => s.Orders));
        Assert.Equal(Quota - Sold, Remaining);
        Assert.Equal(Quota, ShardList.Sum(s => s.Share));
        Assert.Equal(Quota, ShardList.Sum(s => s.Quota));
        Assert.Equal(ShardList.Sum(s => s.Lent), ShardList.Sum(s => s.Borrowed));
        Assert.All(ShardList, s => Assert.Equal(s.Share + s.Borrowed - s.Lent, s.Quota));
        Assert.All(ShardList, s => Assert.InRange(s.Sold, 0, s.Quota));
        var summed = ShardList.SelectMany(s => s.Rejections).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        Assert.Equal(summed.OrderBy(r => r.Key), Rejections.OrderBy(r => r.Key));
    }
}

internal sealed record ShardCounters(int Shard, int Share, int Quota, int Sold, int Remaining, int Orders, int Lent, int Borrowed, Dictionary<string, long> Rejections);
