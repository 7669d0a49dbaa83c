namespace Orleans.Grains.Catalog;

/// <summary>A goods list query. Null means "any". A goods matches the price bounds when some enabled product's
/// sales price lies within them (its [min, max] range overlaps them). Newest goods first. <paramref name="Listed"/>,
/// when set, keeps only goods that are (or are not) visible to clients (see <see cref="GoodsListing.Listed"/>).</summary>
public sealed record GoodsSearch(
    IReadOnlyList<long>? CatIds = null,
    string Keywords = "",
    long? MinPrice = null,
    long? MaxPrice = null,
    bool IncludeUnlisted = false,
    long Offset = 0,
    int Limit = 20,
    bool? Listed = null)
{
    /// <summary>Most rows one query returns (admin lists page by up to this many).</summary>
    public const int MaxLimit = 2000;
}
