namespace Orleans.Grains.Mall;

/// <summary>The order_sns of one user, newest first, keyed by user id.</summary>
public interface IUserOrdersGrain : IGrainWithIntegerKey
{
    /// <summary>Adds an order_sn (idempotent).</summary>
    Task Add(string orderSn);

    Task<IReadOnlyList<string>> List();
}
