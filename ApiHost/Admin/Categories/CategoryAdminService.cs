using ApiHost.Admin.Catalog;
using ApiHost.Admin.Http;
using ApiHost.Admin.Inputs;
using Orleans.Grains.Catalog;

namespace ApiHost.Admin.Categories;

/// <summary>The categories resource over <see cref="CatalogAdminService"/> (which checks input and the tree's rules).</summary>
public sealed class CategoryAdminService(CatalogAdminService catalog)
{
    /// <summary>Every category (hidden ones too) by sort then id; filters cat_type and parentid.</summary>
    public async Task<IReadOnlyList<CategoryItem>> ListAsync(IQueryCollection query)
    {
        var type = AdminInput.QueryLong(query, "cat_type");
        if (type is { } t)
        {
            AdminInput.Range("cat_type", t, 1, 3);
        }

        var parent = AdminInput.QueryLong(query, "parentid");
        return (await catalog.ListCategoriesAsync())
            .Where(c => (type is null || (long)c.CatType == type) && (parent is null || c.ParentId == parent))
            .Select(CategoryItem.From)
            .ToList();
    }

    public async Task<CategoryItem> GetAsync(long catId) =>
        (await catalog.ListCategoriesAsync()).FirstOrDefault(c => c.CatId == catId) is { } category
            ? CategoryItem.From(category)
            : throw AdminException.NotFound($"category {catId}");

    public async Task<CategoryItem> CreateAsync(CategoryCreateRequest r) =>
        CategoryItem.From(await catalog.CreateCategoryAsync(new CategoryInput(r.CatName, r.Parentid, (CategoryType)r.CatType, r.Sort, r.Display)));

    public async Task<CategoryItem> UpdateAsync(long catId, CategoryUpdateRequest r) =>
        CategoryItem.From(await catalog.UpdateCategoryAsync(catId, new CategoryUpdate(r.CatName, r.Sort, r.Display)));

    public async Task<CategoryItem> DeleteAsync(long catId) => CategoryItem.From(await catalog.DeleteCategoryAsync(catId));
}
