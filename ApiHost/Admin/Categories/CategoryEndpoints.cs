using ApiHost.Admin.Goods;
using ApiHost.Admin.Http;

namespace ApiHost.Admin.Categories;

public static class CategoryEndpoints
{
    public static IEndpointRouteBuilder MapAdminCategories(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/categories", "Categories");
        group.AddEndpointFilter<CatalogErrorFilter>();
        group.MapGet("/", ListAsync).WithSummary("Every category, hidden ones too, by sort then id; filters cat_type (1-3), parentid.")
            .ProducesAdminPage<CategoryItem>();
        group.MapGet("/{catid:long}", GetAsync).WithSummary("One category.")
            .ProducesAdminSingle<CategoryItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create a category (a child gets its parent's type and a code under the parent's).")
            .AcceptsAdminJson<CategoryCreateRequest>().ProducesAdminSingle<CategoryItem>().Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPut("/{catid:long}", UpdateAsync).WithSummary("Rename, re-sort, show or hide a category.")
            .AcceptsAdminJson<CategoryUpdateRequest>().ProducesAdminSingle<CategoryItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapDelete("/{catid:long}", DeleteAsync)
            .WithSummary("Delete a category without subcategories (a goods category only when no goods is in it); answers what was deleted.")
            .ProducesAdminSingle<CategoryItem>().Produces<AdminReply>(StatusCodes.Status404NotFound).Produces<AdminReply>(StatusCodes.Status409Conflict);
        return routes;
    }

    /// <param name="cat_type">1 article, 2 link, 3 goods.</param>
    /// <param name="parentid">Only the children of this category (0: the roots).</param>
    /// <param name="context">The request.</param>
    /// <param name="categories">The service.</param>
    private static async Task<IResult> ListAsync(string? cat_type, string? parentid, HttpContext context, CategoryAdminService categories)
    {
        _ = (cat_type, parentid);
        return AdminResults.Page(await categories.ListAsync(context.Request.Query), AdminPaging.From(context.Request));
    }

    private static async Task<IResult> GetAsync(long catid, CategoryAdminService categories) => AdminResults.Single(await categories.GetAsync(catid));

    private static async Task<IResult> CreateAsync(HttpContext context, CategoryAdminService categories) =>
        AdminResults.Single(await categories.CreateAsync(await AdminBody.ReadAsync<CategoryCreateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(long catid, HttpContext context, CategoryAdminService categories) =>
        AdminResults.Single(await categories.UpdateAsync(catid, await AdminBody.ReadAsync<CategoryUpdateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> DeleteAsync(long catid, CategoryAdminService categories) => AdminResults.Single(await categories.DeleteAsync(catid));
}
