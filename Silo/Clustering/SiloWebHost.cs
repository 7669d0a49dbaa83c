using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime.Transport;

namespace Orleans.Runtime;

/// <summary>A silo as a cluster member: the runtime plus Kestrel serving grain calls over cleartext HTTP/2 on
/// Cluster:Host/Cluster:Port, and <c>GET /healthz</c> (200 once the silo is started, 503 before and while stopping).
/// Both are on the HTTP/2-only port, so probes use prior knowledge (<c>curl --http2-prior-knowledge</c>).</summary>
public static class SiloWebHost
{
    public const string HealthPath = "/healthz";

    /// <summary>What this silo hosts: <c>GET /stats</c> (counts), <c>GET /stats?type=GoodsGrain</c> (also the keys of
    /// that type's activations, at most <see cref="MaxListedKeys"/>). For operators and the cluster tests, which check
    /// where grains live after silos join or die.</summary>
    public const string StatsPath = "/stats";

    public const int MaxListedKeys = 10_000;

    /// <summary>Builds the silo application from command-line arguments (<c>--data-dir</c>, <c>--Cluster:Port=..</c>,
    /// ...). <paramref name="configuration"/> adds sources after the defaults (tests pass settings there);
    /// <paramref name="configure"/> adds grain assemblies and services as for <see cref="SiloHostingExtensions.AddSilo(Microsoft.Extensions.Hosting.IHostApplicationBuilder, Action{SiloBuilder}?)"/>.</summary>
    public static WebApplication Build(string[] args, Action<IConfigurationBuilder>? configuration = null, Action<SiloBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "DataDirectory" });
        configuration?.Invoke(builder.Configuration);
        var cluster = builder.Configuration.GetSection("Cluster").Get<ClusterOptions>() ?? new ClusterOptions();
        if (cluster.Mode != ClusterMode.Silo)
        {
            throw new InvalidOperationException($"A cluster silo needs Cluster:Mode=Silo (it is {cluster.Mode}).");
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = GrainCallServer.MaxMessageBytes;
            kestrel.AddServerHeader = false;
            // Cleartext HTTP/2 needs the endpoint to speak HTTP/2 only (there is no upgrade from HTTP/1.1 in Kestrel).
            if (IPAddress.TryParse(cluster.Host, out var address))
            {
                kestrel.Listen(address, cluster.Port, listen => listen.Protocols = HttpProtocols.Http2);
            }
            else
            {
                // A host name (e.g. the machine's name in Cluster:Silos): listen on every interface of this machine.
                kestrel.ListenAnyIP(cluster.Port, listen => listen.Protocols = HttpProtocols.Http2);
            }
        });
        // ASP.NET's own request logs stay at Warning: an information line per grain call would cost more than the call.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.AddSilo(configure);

        var app = builder.Build();
        app.MapSiloEndpoints();
        return app;
    }

    /// <summary>The grain-call endpoint and the health probe.</summary>
    public static IEndpointRouteBuilder MapSiloEndpoints(this IEndpointRouteBuilder routes)
    {
        var server = routes.ServiceProvider.GetRequiredService<GrainCallServer>();
        routes.MapPost(SiloTransportClient.CallPath, server.HandleAsync);
        routes.MapGet(HealthPath, () => server.IsServing ? Results.Text("ok") : Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        routes.MapGet(StatsPath, (string? type) => Stats(routes.ServiceProvider, server, type));
        return routes;
    }

    private static IResult Stats(IServiceProvider services, GrainCallServer server, string? type)
    {
        var catalog = services.GetRequiredService<Catalog>();
        var membership = services.GetRequiredService<IClusterMembership>();
        var keys = string.IsNullOrEmpty(type) ? null : catalog.ActivationKeys(type, MaxListedKeys);
        return Results.Json(new SiloStats(membership.LocalSilo?.ToString(), server.IsServing, membership.CurrentView.Version,
            membership.CurrentView.ActiveSilos.Count, catalog.Count, keys), SiloStatsJsonContext.Default.SiloStats);
    }
}
