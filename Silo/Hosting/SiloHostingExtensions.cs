using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Grains;
using Orleans.Runtime;
using Orleans.Storage;

namespace Orleans.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>Co-hosts a silo in this process. Configuration: "Storage" (provider, connection string, group commit),
    /// "DataDirectory" (or DATA_DIR), "Messaging" (ResponseTimeout), "GrainCollection" (CollectionAge, CollectionQuantum).
    /// Grain classes come from the Grains assembly plus any added through <paramref name="configure"/>.</summary>
    public static IHostApplicationBuilder AddSilo(this IHostApplicationBuilder builder, Action<SiloBuilder>? configure = null)
    {
        builder.Services.AddSilo(builder.Configuration, configure);
        return builder;
    }

    public static IServiceCollection AddSilo(this IServiceCollection services, IConfiguration configuration, Action<SiloBuilder>? configure = null)
    {
        var silo = new SiloBuilder(services).AddGrains(typeof(Orleans.Grains.GrainsAssembly).Assembly);
        configure?.Invoke(silo);

        services.AddOptions<SiloMessagingOptions>().Bind(configuration.GetSection("Messaging"));
        services.AddOptions<GrainCollectionOptions>().Bind(configuration.GetSection("GrainCollection"));
        services.AddOptions<GrainStorageOptions>()
            .Configure(o => o.DataDirectory = DataDirectory(configuration))
            .Bind(configuration.GetSection("Storage"));
        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection("Cluster"));

        // Grain services stay registered in a cluster client too: their options classes and read-model queries are
        // used by the API host's own services, not only by grains.
        services.AddGrainServices(configuration);
        services.AddReadModelStore();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SiloMetrics>();
        services.TryAddSingleton(new GrainTypeManager(silo.GrainAssemblies));
        services.TryAddSingleton<IGrainFactory, GrainFactory>();
        var mode = ClusterServices.ModeOf(configuration);
        if (mode == ClusterMode.Client)
        {
            // A cluster client: no storage, no catalog, no activations; every grain call goes to a silo.
            services.AddClusterRouting(configuration, isSilo: false);
            return services;
        }

        services.TryAddSingleton(sp => CreateStorage(sp));
        services.TryAddSingleton<Catalog>();
        services.AddHostedService<SiloLifecycleService>();
        if (mode == ClusterMode.Silo)
        {
            services.AddClusterRouting(configuration, isSilo: true);
        }

        return services;
    }

    /// <summary>The data folder: "DataDirectory" (from --data-dir), else DATA_DIR, else ./data.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        configuration["DataDirectory"] is { Length: > 0 } configured ? configured
        : Environment.GetEnvironmentVariable("DATA_DIR") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : "data";

    private static IGrainStorage CreateStorage(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GrainStorageOptions>>().Value;
        var clock = services.GetRequiredService<TimeProvider>();
        var metrics = services.GetRequiredService<SiloMetrics>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        return options.Provider switch
        {
            StorageProviderKind.Memory => new MemoryGrainStorage(clock),
            StorageProviderKind.Postgres => new PostgresGrainStorage(options, clock, metrics, loggers.CreateLogger<PostgresGrainStorage>()),
            _ => new SqliteGrainStorage(options, clock, metrics, loggers.CreateLogger<SqliteGrainStorage>()),
        };
    }
}
