namespace Orleans.Grains.Catalog;

public sealed class CategoryTreeState
{
    public long LastId { get; set; }

    public Dictionary<long, CategoryInfo> Categories { get; set; } = [];
}
