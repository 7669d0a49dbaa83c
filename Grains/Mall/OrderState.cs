namespace Orleans.Grains.Mall;

public sealed class OrderState
{
    public OrderRecord? Order { get; set; }

    /// <summary>Stock (or quota) and gold of a closed order have been given back.</summary>
    public bool Compensated { get; set; }

    /// <summary>The order reports to its goods's sales counts (see OrderGrain.Sales.cs); false for orders created
    /// before sales were counted, whose closing must not take from counts they never added to.</summary>
    public bool CountsSales { get; set; }

    /// <summary>Creation could not report to the sales counts; the next activation reports, then clears this.</summary>
    public bool SalesUnreported { get; set; }

    /// <summary>No order may be created under this order_sn any more (see IOrderGrain.GetOrAbandon).</summary>
    public bool Abandoned { get; set; }
}
