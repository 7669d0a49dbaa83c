using ApiHost.Admin.Http;
using ApiHost.Protocols.Maintenance;

namespace ApiHost.Admin.Maintenance;

public static class MaintenanceEndpoints
{
    public const int MaxMessageLength = 200;

    /// <summary>GET/PUT /v1/maintenance: the switch of seed 002's maintenance mode for every dialect. Admin routes are
    /// never refused by it, so the switch can always be turned off again.</summary>
    public static IEndpointRouteBuilder MapAdminMaintenance(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/maintenance", "Maintenance");
        group.MapGet("/", GetAsync).WithSummary("The maintenance switch.").ProducesAdminSingle<MaintenanceItem>();
        group.MapPut("/", SetAsync)
            .WithSummary("Turn maintenance on (clients' writes refused, Server-Status header on client answers) or off.")
            .AcceptsAdminJson<MaintenanceRequest>().ProducesAdminSingle<MaintenanceItem>();
        return routes;
    }

    private static async Task<IResult> GetAsync(MaintenanceSwitch maintenance) =>
        AdminResults.Single(MaintenanceItem.From(await maintenance.CurrentAsync()));

    private static async Task<IResult> SetAsync(HttpContext context, MaintenanceSwitch maintenance)
    {
        var request = await AdminBody.ReadAsync<MaintenanceRequest>(context.Request, context.RequestAborted);
        if (request.Message is { Length: > MaxMessageLength })
        {
            throw AdminException.Invalid("message", $"at most {MaxMessageLength} characters");
        }

        return AdminResults.Single(MaintenanceItem.From(await maintenance.SetAsync(request.Enabled, request.Message)));
    }
}
