namespace ApiHost.Protocols.Maintenance;

/// <summary>Seed 002: "every response that has a Server-Status header means the server is under maintenance" (the
/// client tells its user). So the header is sent only while maintenance is on, on every client route of every
/// dialect; admin routes (the rest of /v1/, /swagger, /health) never carry it.</summary>
public static class MaintenanceHeader
{
    public const string Name = "Server-Status";
    public const string Value = "maintenance";

    public static IApplicationBuilder UseMaintenanceHeader(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsClientPath(context.Request.Path))
            {
                try
                {
                    if ((await context.RequestServices.GetRequiredService<MaintenanceSwitch>().CurrentAsync()).Enabled)
                    {
                        context.Response.Headers[Name] = Value;
                    }
                }
                catch (TimeoutException exception)
                {
                    // Only before this host ever read the switch; the request goes on, and a write is then answered
                    // "busy" by its dialect when the switch still cannot be read.
                    context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MaintenanceHeader))
                        .LogWarning(exception, "The maintenance switch could not be read; answered without Server-Status");
                }
            }

            await next(context);
        });

    /// <summary>POST / and /api (seed 003), /api/ (002), /app/ (000), /v1/app/ (001), /gateway (004).</summary>
    public static bool IsClientPath(PathString path) =>
        path == "/" ||
        path.StartsWithSegments("/api") ||
        path.StartsWithSegments("/app") ||
        path.StartsWithSegments("/v1/app") ||
        path.StartsWithSegments("/gateway");
}
