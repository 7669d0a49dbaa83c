namespace Orleans.Grains.Mall;

/// <summary>A goods and its products, keyed by goods id.</summary>
public interface IGoodsGrain : IGrainWithIntegerKey
{
    Task<GoodsInfo?> Get();

    /// <summary>Creates or replaces the goods; each product's stock grain learns which goods it belongs to.</summary>
    Task Save(GoodsInfo goods);
}
