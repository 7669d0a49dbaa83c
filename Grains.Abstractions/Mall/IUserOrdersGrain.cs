namespace Orleans.Grains.Mall;

/// <summary>A user's orders, keyed by user id: the order_sn index (newest first), mall order submission (serialised
/// per user, which makes per-user purchase limits exact) and the per-goods purchase counts.</summary>
public interface IUserOrdersGrain : IGrainWithIntegerKey
{
    /// <summary>Adds an order_sn (idempotent).</summary>
    Task Add(string orderSn);

    Task<IReadOnlyList<string>> List();

    /// <summary>Checks, takes stock, charges gold and creates the order; the same request token answers the same order.</summary>
    Task<OrderSubmitResult> Submit(OrderSubmission submission);

    /// <summary>Called by a closing mall order: its quantities stop counting toward the goods' per-user limits.</summary>
    Task OrderClosed(string orderSn);
}
