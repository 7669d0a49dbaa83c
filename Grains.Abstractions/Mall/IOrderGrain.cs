using Orleans.Concurrency;

namespace Orleans.Grains.Mall;

/// <summary>One order, keyed by order_sn. Closing gives back stock (or flash-sale quota) and gold exactly once.</summary>
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>Stores a new order; a second Create of the same order_sn changes nothing. Durable when it returns.
    /// True when the order exists; false when its order_sn was abandoned (<see cref="GetOrAbandon"/>) first.</summary>
    Task<bool> Create(OrderRecord order);

    /// <summary>For a flash sale settling a reservation it did not see finished: the order if it exists; otherwise
    /// the order_sn is durably abandoned, so that a Create still in flight from an older activation of the sale (on
    /// a silo that lost the grain) is refused instead of producing an order the sale has already given back.</summary>
    Task<OrderRecord?> GetOrAbandon();

    /// <summary>Read-only, so it interleaves: a closing order that calls back into a grain which is reading it cannot deadlock.</summary>
    [AlwaysInterleave]
    Task<OrderRecord?> Get();

    /// <summary>The buyer cancels before shipping (status 1 -> 4).</summary>
    Task<OrderActionResult> Cancel(long userId);

    /// <summary>The buyer confirms receipt (2 -> 3).</summary>
    Task<OrderActionResult> Confirm(long userId);

    /// <summary>An admin ships (1 -> 2) with a tracking note.</summary>
    Task<OrderActionResult> Ship(string note);

    /// <summary>An admin closes an order that is not done (1 or 2 -> 4).</summary>
    Task<OrderActionResult> Close(string reason);
}
