namespace Orleans.Grains.Mall;

public sealed class UserOrdersState
{
    /// <summary>Request token to the order it produced, for the newest <see cref="MallOptions.SubmissionTokensKept"/> submissions.</summary>
    public Dictionary<string, string> Tokens { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Units bought per goods in mall orders that are not closed.</summary>
    public Dictionary<long, int> Purchased { get; set; } = [];

    /// <summary>Lines of the mall orders that count in <see cref="Purchased"/> and may still close (paid or shipped);
    /// a done order's lines are dropped, its quantities count for good.</summary>
    public Dictionary<string, List<OrderRequestLine>> Counted { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, PendingSubmission> Pending { get; set; } = new(StringComparer.Ordinal);
}
