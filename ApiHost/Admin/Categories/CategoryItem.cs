using Orleans.Grains.Catalog;

namespace ApiHost.Admin.Categories;

/// <summary>A category: <c>cat_type</c> 1 article, 2 link, 3 goods; <c>parentid</c> 0 for a root; <c>cat_code</c> is
/// hierarchical (a child's code starts with its parent's); only <c>display</c> categories reach clients.</summary>
public sealed record CategoryItem(long CatId, string CatName, long Parentid, int CatType, string CatCode, int Sort, bool Display)
{
    public static CategoryItem From(CategoryInfo c) => new(c.CatId, c.Name, c.ParentId, (int)c.CatType, c.CatCode, c.Sort, c.Display);
}
