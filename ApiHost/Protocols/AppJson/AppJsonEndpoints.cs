using ApiHost.Protocols.Dialects;

namespace ApiHost.Protocols.AppJson;

public static class AppJsonEndpoints
{
    /// <summary>Seed 000 under /app/: every verb is routed, so a wrong one answers 405 in the dialect's envelope.</summary>
    public static IEndpointRouteBuilder MapAppJsonDialect(this IEndpointRouteBuilder routes)
    {
        routes.MapRestDialect<AppJsonDialect>(AppJsonDialect.Prefix);
        return routes;
    }
}
