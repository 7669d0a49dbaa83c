namespace Bench.ProductHost;

/// <summary>Bound from "Bench": <c>--Bench:Stock N</c> stocks the bench product with N units (0 = none made).</summary>
public sealed class BenchProductOptions
{
    public const string GoodsName = "压测秒杀商品";

    public int Stock { get; set; }
}
