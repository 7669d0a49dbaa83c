namespace Orleans.Grains.Mall;

public sealed class FlashSaleIndexState
{
    public List<long> SaleIds { get; set; } = [];
}
