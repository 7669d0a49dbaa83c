namespace Orleans.Grains.Mall;

/// <summary>A goods and its products, keyed by goods id. Every durable change is projected to the goods read model
/// (lists and search); the grain stays the truth for detail pages and orders.</summary>
public interface IGoodsGrain : IGrainWithIntegerKey
{
    Task<GoodsInfo?> Get();

    /// <summary>Creates or replaces the goods; each product's stock grain learns which goods it belongs to.</summary>
    Task Save(GoodsInfo goods);

    /// <summary>Puts the goods on or off sale; null when there is no such goods.</summary>
    Task<GoodsInfo?> SetOnSale(bool onSale);

    /// <summary>Replaces the album (the first image is shown first); null when there is no such goods.</summary>
    Task<GoodsInfo?> SetImages(IReadOnlyList<string> images);
}
