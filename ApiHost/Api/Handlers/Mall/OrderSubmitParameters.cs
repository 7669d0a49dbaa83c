using System.Globalization;
using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>order.submit: goods_list is "goodsid,productid,qty|..." (at most 10 lines).</summary>
public sealed record OrderSubmitParameters(string GoodsList, long AddressId, string RequestToken)
{
    public const int MaxLines = 10;
    public const int MaxQuantity = 99;

    public IReadOnlyList<OrderRequestLine> ParseLines()
    {
        var parts = (GoodsList ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > MaxLines)
        {
            throw ApiException.Parameter("goods_list", $"须为 1-{MaxLines} 项 goodsid,productid,qty");
        }

        return parts.Select(part =>
        {
            var fields = part.Split(',');
            return fields.Length == 3 &&
                   long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var goodsId) && goodsId > 0 &&
                   long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var productId) && productId > 0 &&
                   int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) && quantity is > 0 and <= MaxQuantity
                ? new OrderRequestLine(goodsId, productId, quantity)
                : throw ApiException.Parameter("goods_list", $"格式应为 goodsid,productid,qty（数量 1-{MaxQuantity}）");
        }).ToList();
    }
}
