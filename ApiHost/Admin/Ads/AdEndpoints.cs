using ApiHost.Admin.Http;

namespace ApiHost.Admin.Ads;

public static class AdEndpoints
{
    public static IEndpointRouteBuilder MapAdminAds(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/ads", "Ads");
        group.MapGet("/", ListAsync).WithSummary("Every ad, published or not (filter position), by position then display order.")
            .ProducesAdminPage<AdItem>();
        group.MapGet("/{adid:long}", GetAsync).WithSummary("One ad.").ProducesAdminSingle<AdItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create an ad in a position.")
            .AcceptsAdminJson<AdCreateRequest>().ProducesAdminSingle<AdItem>().Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPut("/{adid:long}", UpdateAsync).WithSummary("Replace an ad's fields (publish, unpublish, reschedule).")
            .AcceptsAdminJson<AdUpdateRequest>().ProducesAdminSingle<AdItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapDelete("/{adid:long}", DeleteAsync).WithSummary("Delete an ad; answers what was deleted.")
            .ProducesAdminSingle<AdItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="position">Only the ads of this position code.</param>
    /// <param name="context">The request.</param>
    /// <param name="ads">The service.</param>
    private static async Task<IResult> ListAsync(string? position, HttpContext context, AdAdminService ads)
    {
        _ = position;
        return AdminResults.Page(await ads.ListAsync(context.Request.Query), AdminPaging.From(context.Request));
    }

    private static async Task<IResult> GetAsync(long adid, AdAdminService ads) => AdminResults.Single(await ads.GetAsync(adid));

    private static async Task<IResult> CreateAsync(HttpContext context, AdAdminService ads) =>
        AdminResults.Single(await ads.CreateAsync(await AdminBody.ReadAsync<AdCreateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(long adid, HttpContext context, AdAdminService ads) =>
        AdminResults.Single(await ads.UpdateAsync(adid, await AdminBody.ReadAsync<AdUpdateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> DeleteAsync(long adid, AdAdminService ads) => AdminResults.Single(await ads.DeleteAsync(adid));
}
