using ApiHost.Admin.Http;
using ApiHost.Api;
using ApiHost.Protocols.Yaf;
using Microsoft.Extensions.Options;

namespace ApiHost.Admin.Dispatch;

public static class DispatchEndpoints
{
    public const string Prefix = "/v1/dispatch";

    public static IEndpointRouteBuilder MapAdminDispatch(this IEndpointRouteBuilder routes)
    {
        routes.MapAdminGroup(Prefix, "Mobile methods (signed for you)")
            .MapPost("/{method}/{v}", RunAsync)
            .WithSummary("Runs any mobile method: the JSON body holds its parameters (plus token when it needs a session); "
                + "the fixed parameters are filled in, data is signed with the appid's secret and goes through the same gateway as a phone's call.")
            .WithDescription("Answers the mobile protocol's envelope {code, msg, data}. Each method also has its own entry below with its parameters and result.")
            .AcceptsAdminJson<Dictionary<string, object>>()
            .Produces<YafEnvelope>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="method">Method name, e.g. gold.balance.</param>
    /// <param name="v">Version, e.g. 1.0.0.</param>
    /// <param name="appid">The appid to sign with; default the development appid (ios_app_id).</param>
    /// <param name="context">The request; its JSON body holds the method's parameters.</param>
    /// <param name="dispatcher">Signs and runs the call.</param>
    /// <param name="yaf">Whether to trust X-Forwarded-For for the caller's address.</param>
    private static async Task<IResult> RunAsync(string method, string v, string? appid, HttpContext context, AdminDispatcher dispatcher, IOptions<YafOptions> yaf)
    {
        var parameters = await AdminBody.ReadObjectAsync(context.Request, context.RequestAborted, allowEmpty: true);
        var envelope = await dispatcher.RunAsync(method, v, appid, parameters, ClientAddress.Of(context, yaf.Value.TrustForwardedFor), context.RequestAborted);
        return Results.Json(envelope, ApiJson.Options);
    }
}
