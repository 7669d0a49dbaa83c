namespace Orleans.Grains.Mall;

/// <summary>A user's orders, keyed by user id: the list (from the orders read model, which every order is projected to
/// before it is acknowledged), mall order submission (serialised per user, which makes per-user purchase limits exact)
/// and the per-goods purchase counts.</summary>
public interface IUserOrdersGrain : IGrainWithIntegerKey
{
    /// <summary>The user's orders matching <paramref name="query"/>, newest first; at most 100 per call.</summary>
    Task<UserOrderPage> List(UserOrderQuery query);

    /// <summary>Checks, takes stock, charges gold and creates the order; the same request token answers the same order.</summary>
    Task<OrderSubmitResult> Submit(OrderSubmission submission);

    /// <summary>Called by a closing mall order: its quantities stop counting toward the goods' per-user limits.</summary>
    Task OrderClosed(string orderSn);

    /// <summary>Called by a mall order that is done: it can no longer close, so its quantities count for good and
    /// its lines need not be kept.</summary>
    Task OrderDone(string orderSn);
}
