namespace Orleans.Grains.Catalog;

/// <summary>A new category; a child has its parent's type. Lower <paramref name="Sort"/> comes first.</summary>
public sealed record CategoryInput(string Name, long ParentId, CategoryType CatType, int Sort = 0, bool Display = true);
