namespace Orleans.Grains.Catalog;

/// <summary>All categories of all types in one grain (key "default"): the tree is small, read whole, and its rules
/// (parents exist, same type, unique codes, no orphan after a delete) hold within one turn.</summary>
public interface ICategoryTreeGrain : IGrainWithStringKey
{
    /// <summary>Every category, hidden ones included, by sort then id.</summary>
    Task<IReadOnlyList<CategoryInfo>> List();

    Task<CategoryInfo?> Get(long catId);

    Task<CategoryChange> Create(CategoryInput input);

    Task<CategoryChange> Update(long catId, CategoryUpdate update);

    Task<CategoryChange> Delete(long catId);
}
