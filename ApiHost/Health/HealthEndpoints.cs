using Orleans.Storage;

namespace ApiHost.Health;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", GetHealthAsync)
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("Liveness and storage state: 200 when grain storage answers, 503 when it does not.")
            .Produces<HealthReport>()
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    private static async Task<IResult> GetHealthAsync(IGrainStorage storage, CancellationToken cancellationToken)
    {
        var probe = await storage.CheckHealthAsync(cancellationToken);
        var report = new HealthReport(probe.IsHealthy ? "healthy" : "unhealthy", new StorageReport(probe.Provider, probe.IsHealthy, probe.Description));
        return Results.Json(report, statusCode: probe.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
