using ApiHost.Protocols.Dialects;

namespace ApiHost.Protocols.RestV1;

public static class RestV1Endpoints
{
    /// <summary>Seed 001 for clients under /v1/app/ (admin resources are literal /v1/ paths and never start with "app/").</summary>
    public static IEndpointRouteBuilder MapRestV1Dialect(this IEndpointRouteBuilder routes)
    {
        routes.MapRestDialect<RestV1Dialect>(RestV1Dialect.Prefix);
        return routes;
    }
}
