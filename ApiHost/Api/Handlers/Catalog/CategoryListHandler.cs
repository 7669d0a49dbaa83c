using System.Globalization;
using Orleans.Grains.Catalog;

namespace ApiHost.Api.Handlers.Catalog;

/// <summary>system.category.list: the displayed categories of one type as a tree keyed "0_&lt;cat_id&gt;".</summary>
public sealed class CategoryListHandler : ApiHandler<CategoryListParameters, Dictionary<string, CategoryNode>>
{
    public override string Method => "system.category.list";

    protected override async Task<ApiResult> HandleAsync(CategoryListParameters parameters, ApiContext context)
    {
        if (!Enum.IsDefined((CategoryType)parameters.CatType))
        {
            throw ApiException.Parameter("cat_type", "只能是 1、2 或 3");
        }

        if (parameters.Parentid < 0)
        {
            throw ApiException.Parameter("parentid", "不能小于 0");
        }

        var all = await context.Grains.GetGrain<ICategoryTreeGrain>(CategoryTree.Key).List();
        var visible = CategoryTree.Visible(all, (CategoryType)parameters.CatType);
        return Ok("success", Children(visible, parameters.Parentid));
    }

    private static Dictionary<string, CategoryNode> Children(ILookup<long, CategoryInfo> byParent, long parentId) =>
        byParent[parentId].ToDictionary(
            c => "0_" + c.CatId.ToString(CultureInfo.InvariantCulture),
            c =>
            {
                var sub = Children(byParent, c.CatId);
                return new CategoryNode(c.CatId, c.Name, c.ParentId, c.CatCode, sub.Count == 0 ? Array.Empty<object>() : sub);
            });
}
