using ApiHost.Admin.Http;

namespace ApiHost.Admin.AdPositions;

public static class AdPositionEndpoints
{
    public static IEndpointRouteBuilder MapAdminAdPositions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/ad-positions", "Ad positions");
        group.MapGet("/", ListAsync).WithSummary("Every ad position, by code.").ProducesAdminPage<AdPositionItem>();
        group.MapGet("/{code}", GetAsync).WithSummary("One ad position.")
            .ProducesAdminSingle<AdPositionItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create an ad position.")
            .AcceptsAdminJson<AdPositionCreateRequest>().ProducesAdminSingle<AdPositionItem>().Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPut("/{code}", UpdateAsync).WithSummary("Rename, enable or disable a position, or change how many ads it shows.")
            .AcceptsAdminJson<AdPositionUpdateRequest>().ProducesAdminSingle<AdPositionItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapDelete("/{code}", DeleteAsync).WithSummary("Delete a position with all its ads; answers what was deleted.")
            .ProducesAdminSingle<AdPositionItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ListAsync(HttpContext context, AdPositionAdminService positions) =>
        AdminResults.Page(await positions.ListAsync(), AdminPaging.From(context.Request));

    private static async Task<IResult> GetAsync(string code, AdPositionAdminService positions) => AdminResults.Single(await positions.GetAsync(code));

    private static async Task<IResult> CreateAsync(HttpContext context, AdPositionAdminService positions) =>
        AdminResults.Single(await positions.CreateAsync(await AdminBody.ReadAsync<AdPositionCreateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(string code, HttpContext context, AdPositionAdminService positions) =>
        AdminResults.Single(await positions.UpdateAsync(code, await AdminBody.ReadAsync<AdPositionUpdateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> DeleteAsync(string code, AdPositionAdminService positions) => AdminResults.Single(await positions.DeleteAsync(code));
}
