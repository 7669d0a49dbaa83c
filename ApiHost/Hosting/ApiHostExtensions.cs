using ApiHost.Admin;
using ApiHost.Api;
using ApiHost.Api.Handlers.SystemMethods;
using ApiHost.Apps;
using ApiHost.Health;
using ApiHost.Protocols.AppJson;
using ApiHost.Protocols.AppToken;
using ApiHost.Protocols.Dialects;
using ApiHost.Protocols.Envelope;
using ApiHost.Protocols.Maintenance;
using ApiHost.Protocols.RestV1;
using ApiHost.Protocols.Yaf;
using ApiHost.Uploads;
using Orleans.Hosting;

namespace ApiHost.Hosting;

/// <summary>Wires the API host: a co-hosted silo, the protocol dialects over one dispatcher, health, Swagger.</summary>
public static class ApiHostExtensions
{
    public static WebApplicationBuilder AddApiHost(this WebApplicationBuilder builder, string[] args)
    {
        // --data-dir PATH is the documented spelling; DATA_DIR is read by AddSilo when neither is configured.
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "DataDirectory" });
        builder.AddSilo();

        var services = builder.Services;
        services.Configure<YafOptions>(builder.Configuration.GetSection("Yaf"));
        services.Configure<List<AppSeedOptions>>(builder.Configuration.GetSection("Apps"));
        services.AddHostedService<AppSeeder>();
        services.AddCatalog(builder.Configuration);
        services.AddContent(builder.Configuration);
        services.AddSingleton<SessionAuthenticator>();
        services.AddSingleton<ApiDispatcher>();
        services.AddSingleton<YafRequestReader>();
        services.AddSingleton<YafGateway>();
        services.AddSystemMethods(builder.Configuration);
        services.AddDialects(builder.Configuration);
        foreach (var handler in typeof(ApiHostExtensions).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApiHandler).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IApiHandler), handler);
        }

        services.AddAdmin(builder.Configuration);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new() { Title = "Flash-sale mobile backend", Version = "v1" });
            var xml = Path.Combine(AppContext.BaseDirectory, "ApiHost.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }
        });
        return builder;
    }

    public static WebApplication MapApiHost(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI();
        app.UseUploadedFiles();
        app.UseMaintenanceHeader();
        app.MapHealthEndpoints();
        app.MapYafProtocol();
        app.MapAppJsonDialect();
        app.MapRestV1Dialect();
        app.MapAppTokenDialect();
        app.MapEnvelopeDialect();
        app.MapAdmin();
        return app;
    }
}
