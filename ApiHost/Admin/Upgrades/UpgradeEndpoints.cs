using ApiHost.Admin.Http;

namespace ApiHost.Admin.Upgrades;

public static class UpgradeEndpoints
{
    public static IEndpointRouteBuilder MapAdminUpgrades(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/upgrades", "App upgrades");
        group.MapGet("/", ListAsync).WithSummary("Every upgrade row, published or not (filters platform, channel), newest version first per channel.")
            .ProducesAdminPage<UpgradeItem>();
        group.MapGet("/{upgradeid:long}", GetAsync).WithSummary("One upgrade row.")
            .ProducesAdminSingle<UpgradeItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create an upgrade row for a platform (1 iOS, 2 Android) and channel.")
            .AcceptsAdminJson<UpgradeCreateRequest>().ProducesAdminSingle<UpgradeItem>().Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPut("/{upgradeid:long}", UpdateAsync).WithSummary("Replace an upgrade row's fields.")
            .AcceptsAdminJson<UpgradeUpdateRequest>().ProducesAdminSingle<UpgradeItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapDelete("/{upgradeid:long}", DeleteAsync).WithSummary("Delete an upgrade row; answers what was deleted.")
            .ProducesAdminSingle<UpgradeItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="platform">1 iOS, 2 Android.</param>
    /// <param name="channel">A channel name ("" is the default channel).</param>
    /// <param name="context">The request.</param>
    /// <param name="upgrades">The service.</param>
    private static async Task<IResult> ListAsync(string? platform, string? channel, HttpContext context, UpgradeAdminService upgrades)
    {
        _ = (platform, channel);
        return AdminResults.Page(await upgrades.ListAsync(context.Request.Query), AdminPaging.From(context.Request));
    }

    private static async Task<IResult> GetAsync(long upgradeid, UpgradeAdminService upgrades) => AdminResults.Single(await upgrades.GetAsync(upgradeid));

    private static async Task<IResult> CreateAsync(HttpContext context, UpgradeAdminService upgrades) =>
        AdminResults.Single(await upgrades.CreateAsync(await AdminBody.ReadAsync<UpgradeCreateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(long upgradeid, HttpContext context, UpgradeAdminService upgrades) =>
        AdminResults.Single(await upgrades.UpdateAsync(upgradeid, await AdminBody.ReadAsync<UpgradeUpdateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> DeleteAsync(long upgradeid, UpgradeAdminService upgrades) => AdminResults.Single(await upgrades.DeleteAsync(upgradeid));
}
