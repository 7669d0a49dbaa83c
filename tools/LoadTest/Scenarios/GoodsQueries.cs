using System.Text.Json;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>The goods methods of seed 003 (2.24, 2.25) as the load test calls them.</summary>
public static class GoodsQueries
{
    /// <summary>goods.list with no filter on <paramref name="page"/>.</summary>
    public static KeyValuePair<string, object?>[] ListParameters(int page) =>
    [
        new("cat_id", -1), new("keywords", string.Empty), new("start_price", -1), new("end_price", -1), new("page", page), new("token", string.Empty),
    ];

    /// <summary>goods.detail; the seed names the id goods_id, the mall's handlers goodsid: both are sent, the host
    /// ignores the one it does not know.</summary>
    public static KeyValuePair<string, object?>[] DetailParameters(long goodsId) =>
        [new("goodsid", goodsId), new("goods_id", goodsId), new("token", string.Empty)];

    public static IReadOnlyList<long> GoodsIds(CallOutcome list) =>
        JsonRead.Array(list.Data, "list").Select(g => JsonRead.Long(g, "goodsid") ?? 0).Where(id => id > 0).ToList();

    /// <summary>The products of a goods.detail answer: single_product for one spec, else each spec's product.</summary>
    public static IReadOnlyList<(long ProductId, long Stock)> Products(CallOutcome detail)
    {
        if (!detail.HasData || !detail.Data.TryGetProperty("products", out var products) || products.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var found = new List<(long, long)>();
        if (products.TryGetProperty("single_product", out var single) && JsonRead.Long(single, "productid") is { } singleId)
        {
            found.Add((singleId, JsonRead.Long(single, "stock") ?? 0));
            return found;
        }

        foreach (var spec in products.EnumerateObject())
        {
            if (JsonRead.Long(spec.Value, "productid") is { } id)
            {
                found.Add((id, JsonRead.Long(spec.Value, "stock") ?? 0));
            }
        }

        return found;
    }
}
