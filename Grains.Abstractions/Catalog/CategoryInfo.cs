namespace Orleans.Grains.Catalog;

/// <summary>One category. <paramref name="ParentId"/> 0 is a root. <paramref name="CatCode"/> is unique and
/// hierarchical as in the original: three digits per level (100, 101, ...) then zeros to 30 characters, so a
/// category's code starts with its parent's. Only <paramref name="Display"/> categories reach clients.</summary>
public sealed record CategoryInfo(long CatId, string Name, long ParentId, CategoryType CatType, string CatCode, int Sort, bool Display);
