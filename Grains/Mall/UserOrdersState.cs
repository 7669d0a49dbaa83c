namespace Orleans.Grains.Mall;

public sealed class UserOrdersState
{
    /// <summary>Oldest first.</summary>
    public List<string> OrderSns { get; set; } = [];
}
