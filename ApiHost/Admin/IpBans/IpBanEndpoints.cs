using ApiHost.Admin.Http;

namespace ApiHost.Admin.IpBans;

public static class IpBanEndpoints
{
    public static IEndpointRouteBuilder MapAdminIpBans(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/ip-bans", "IP bans");
        group.MapGet("/", GetAsync).WithSummary("The state of one client address (ip required): ban in force, failures, SMS today.")
            .ProducesAdminSingle<IpBanItem>();
        group.MapPost("/", BanAsync)
            .WithSummary("Ban an address for some minutes, with a reason: the methods that count toward bans answer Yaf 510, as after an automatic ban.")
            .AcceptsAdminJson<IpBanRequest>().ProducesAdminSingle<IpBanItem>();
        group.MapDelete("/{ip}", LiftAsync).WithSummary("Lift the ban of an address (and forget its counted failures).")
            .ProducesAdminSingle<IpBanItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="ip">The client address, IPv4 or IPv6.</param>
    /// <param name="bans">The service.</param>
    private static async Task<IResult> GetAsync(string? ip, IpBanAdminService bans) => AdminResults.Single(await bans.GetAsync(ip));

    private static async Task<IResult> BanAsync(HttpContext context, IpBanAdminService bans) =>
        AdminResults.Single(await bans.BanAsync(await AdminBody.ReadAsync<IpBanRequest>(context.Request, context.RequestAborted), context.GetAdmin()));

    private static async Task<IResult> LiftAsync(string ip, IpBanAdminService bans) => AdminResults.Single(await bans.LiftAsync(ip));
}
