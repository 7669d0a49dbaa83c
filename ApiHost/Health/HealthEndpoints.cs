using Orleans.Runtime;
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

    private static async Task<IResult> GetHealthAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<IGrainStorage>() is not { } storage)
        {
            // A cluster client holds no grain storage (the silos do): healthy while membership shows a silo to call.
            var view = context.RequestServices.GetRequiredService<IClusterMembership>().CurrentView;
            var healthy = view.ActiveSilos.Count > 0;
            var cluster = new HealthReport(healthy ? "healthy" : "unhealthy",
                new StorageReport("cluster", healthy, $"{view.ActiveSilos.Count} active silos in cluster view {view.Version}"));
            return Results.Json(cluster, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }

        var probe = await storage.CheckHealthAsync(cancellationToken);
        var report = new HealthReport(probe.IsHealthy ? "healthy" : "unhealthy", new StorageReport(probe.Provider, probe.IsHealthy, probe.Description));
        return Results.Json(report, statusCode: probe.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
