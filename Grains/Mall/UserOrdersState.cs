namespace Orleans.Grains.Mall;

public sealed class UserOrdersState
{
    /// <summary>Request token to the order it produced.</summary>
    public Dictionary<string, string> Tokens { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Units bought per goods in mall orders that are not closed.</summary>
    public Dictionary<long, int> Purchased { get; set; } = [];

    /// <summary>Mall order_sns whose quantities count in <see cref="Purchased"/>.</summary>
    public Dictionary<string, List<OrderRequestLine>> Counted { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, PendingSubmission> Pending { get; set; } = new(StringComparer.Ordinal);
}
