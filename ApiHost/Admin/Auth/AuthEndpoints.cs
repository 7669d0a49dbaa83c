using ApiHost.Admin.Http;
using Orleans.Grains.Admin;

namespace ApiHost.Admin.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAdminAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1", "Admin sign-in");
        group.MapPost("/login", LoginAsync)
            .AllowAdminAnonymous()
            .WithSummary("Sign in; answers the session token to send as X-Auth-Token (8 h sliding expiry).")
            .WithDescription("Wrong credentials: 401 errCode 4011. Five failures in a row lock the account for 15 minutes: 429 errCode 4290.")
            .AcceptsAdminJson<LoginRequest>()
            .ProducesAdminSingle<LoginToken>()
            .Produces<AdminReply>(StatusCodes.Status429TooManyRequests);
        group.MapPost("/logout", LogoutAsync)
            .RequireAdminRole(AdminRole.Operator)
            .WithSummary("Sign out: the token stops working at once.")
            .ProducesAdminOk();
        return routes;
    }

    private static async Task<IResult> LoginAsync(HttpContext context, AdminSignIn signIn) =>
        AdminResults.Single(await signIn.LoginAsync(await AdminBody.ReadAsync<LoginRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> LogoutAsync(HttpContext context, AdminSignIn signIn)
    {
        await signIn.LogoutAsync(context.GetAdmin());
        return AdminResults.Ok();
    }
}
