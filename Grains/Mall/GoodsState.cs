namespace Orleans.Grains.Mall;

public sealed class GoodsState
{
    public GoodsInfo? Goods { get; set; }
}
