namespace Orleans.Grains.Catalog;

/// <summary>Indexed goods queries on the read model (key 0). Reentrant: queries interleave at their database awaits,
/// and no goods grain is activated to answer a list.</summary>
public interface IGoodsSearchGrain : IGrainWithIntegerKey
{
    Task<GoodsSearchResult> Search(GoodsSearch search);
}
