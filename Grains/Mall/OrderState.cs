namespace Orleans.Grains.Mall;

public sealed class OrderState
{
    public OrderRecord? Order { get; set; }

    /// <summary>Stock (or quota) and gold of a closed order have been given back.</summary>
    public bool Compensated { get; set; }
}
