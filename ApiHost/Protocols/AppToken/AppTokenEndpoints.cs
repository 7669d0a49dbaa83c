using ApiHost.Protocols.Dialects;

namespace ApiHost.Protocols.AppToken;

public static class AppTokenEndpoints
{
    /// <summary>Seed 002 under /api/a/b/c. The signed gateway's literal /api outranks this route, so POST /api stays
    /// the signed protocol.</summary>
    public static IEndpointRouteBuilder MapAppTokenDialect(this IEndpointRouteBuilder routes)
    {
        routes.MapRestDialect<AppTokenDialect>(AppTokenDialect.Prefix);
        return routes;
    }
}
