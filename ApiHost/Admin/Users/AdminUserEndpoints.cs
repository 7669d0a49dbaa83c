using ApiHost.Admin.Http;

namespace ApiHost.Admin.Users;

public static class AdminUserEndpoints
{
    public static IEndpointRouteBuilder MapAdminUsers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/admin-users", "Admin users");
        group.MapGet("/", ListAsync).WithSummary("List admin accounts.").ProducesAdminPage<AdminUserItem>();
        group.MapGet("/{username}", GetAsync).WithSummary("One admin account.").ProducesAdminSingle<AdminUserItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create an admin account (full admins only).")
            .AcceptsAdminJson<AdminUserCreateRequest>().ProducesAdminSingle<AdminUserItem>()
            .Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPut("/{username}", UpdateAsync).WithSummary("Enable/disable, change role or password (full admins only).")
            .AcceptsAdminJson<AdminUserUpdateRequest>().ProducesAdminSingle<AdminUserItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ListAsync(HttpContext context, AdminUserService users)
    {
        var paging = AdminPaging.From(context.Request);
        return AdminResults.Page(await users.ListAsync(), paging);
    }

    private static async Task<IResult> GetAsync(string username, AdminUserService users) =>
        AdminResults.Single(await users.GetAsync(username));

    private static async Task<IResult> CreateAsync(HttpContext context, AdminUserService users) =>
        AdminResults.Single(await users.CreateAsync(await AdminBody.ReadAsync<AdminUserCreateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(string username, HttpContext context, AdminUserService users) =>
        AdminResults.Single(await users.UpdateAsync(
            username, await AdminBody.ReadAsync<AdminUserUpdateRequest>(context.Request, context.RequestAborted), context.GetAdmin()));
}
