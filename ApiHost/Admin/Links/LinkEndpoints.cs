using ApiHost.Admin.Http;

namespace ApiHost.Admin.Links;

public static class LinkEndpoints
{
    public static IEndpointRouteBuilder MapAdminLinks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/links", "Links");
        group.MapGet("/", ListAsync).WithSummary("Friendly links by sort then id; filters cat_id, display (true/false).").ProducesAdminPage<LinkItem>();
        group.MapGet("/{id:long}", GetAsync).WithSummary("One link.").ProducesAdminSingle<LinkItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create a link in a link category (cat_type 2).")
            .AcceptsAdminJson<LinkRequest>().ProducesAdminSingle<LinkItem>();
        group.MapPut("/{id:long}", UpdateAsync).WithSummary("Replace a link.")
            .AcceptsAdminJson<LinkRequest>().ProducesAdminSingle<LinkItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:long}", DeleteAsync).WithSummary("Delete a link.").ProducesAdminOk().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="cat_id">Only links of this category.</param>
    /// <param name="display">Only displayed (true) or hidden (false) links.</param>
    /// <param name="context">The request.</param>
    /// <param name="links">The service.</param>
    /// <remarks>The filters are declared as strings for Swagger only: the service parses the query itself, so a bad
    /// value answers the admin envelope's 400 naming the field.</remarks>
    private static async Task<IResult> ListAsync(string? cat_id, string? display, HttpContext context, LinkAdminService links)
    {
        _ = (cat_id, display);
        return AdminResults.Page(await links.ListAsync(context.Request.Query), AdminPaging.From(context.Request));
    }

    private static async Task<IResult> GetAsync(long id, LinkAdminService links) => AdminResults.Single(await links.GetAsync(id));

    private static async Task<IResult> CreateAsync(HttpContext context, LinkAdminService links) =>
        AdminResults.Single(await links.CreateAsync(await AdminBody.ReadAsync<LinkRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(long id, HttpContext context, LinkAdminService links) =>
        AdminResults.Single(await links.UpdateAsync(id, await AdminBody.ReadAsync<LinkRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> DeleteAsync(long id, LinkAdminService links)
    {
        await links.DeleteAsync(id);
        return AdminResults.Ok();
    }
}
