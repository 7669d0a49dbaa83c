using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Transport;

namespace Orleans.Runtime;

/// <summary>Cluster registrations, chosen by the "Cluster" configuration section.</summary>
public static class ClusterServices
{
    /// <summary>Cluster:Mode (Embedded when absent).</summary>
    public static ClusterMode ModeOf(IConfiguration configuration) =>
        configuration.GetSection("Cluster").GetValue("Mode", ClusterMode.Embedded);

    /// <summary>Membership, router and transport client for a silo or a client; on a silo also the server side of the
    /// transport and the ownership watcher. A membership registered earlier (tests) is kept.</summary>
    internal static IServiceCollection AddClusterRouting(this IServiceCollection services, IConfiguration configuration, bool isSilo)
    {
        services.AddClusterMembership(configuration, isSilo);
        services.TryAddSingleton<SiloTransportClient>();
        services.TryAddSingleton<ClusterRouter>();
        if (isSilo)
        {
            services.TryAddSingleton<GrainMethodRegistry>();
            services.TryAddSingleton<GrainCallServer>();
            services.AddHostedService<OwnershipWatcher>();
        }

        return services;
    }

    /// <summary>The one place that chooses the membership implementation: Redis (Silo/Clustering/Membership) when
    /// Cluster:Redis is set, else the static Cluster:Silos list. A membership registered earlier (tests) is kept.</summary>
    public static IServiceCollection AddClusterMembership(this IServiceCollection services, IConfiguration configuration, bool isSilo)
    {
        if (services.Any(d => d.ServiceType == typeof(IClusterMembership)))
        {
            return services;
        }

        if (configuration["Cluster:Redis"] is { Length: > 0 })
        {
            return services.AddRedisClusterMembership(isSilo);
        }

        services.TryAddSingleton<IClusterMembership>(sp =>
            new StaticClusterMembership(sp.GetRequiredService<IOptions<ClusterOptions>>().Value, isSilo));
        return services;
    }
}
