using ApiHost.Health;
using Orleans.Hosting;

namespace ApiHost.Hosting;

/// <summary>Wires the API host: a co-hosted silo, health, Swagger. Protocol dialects and admin routes plug in here.</summary>
public static class ApiHostExtensions
{
    public static WebApplicationBuilder AddApiHost(this WebApplicationBuilder builder, string[] args)
    {
        // --data-dir PATH is the documented spelling; DATA_DIR is read by AddSilo when neither is configured.
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "DataDirectory" });
        builder.AddSilo();
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
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
        app.MapHealthEndpoints();
        return app;
    }
}
