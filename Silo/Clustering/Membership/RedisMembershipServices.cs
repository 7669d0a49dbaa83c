using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Membership;

namespace Orleans.Runtime;

/// <summary>Registers the Redis cluster membership (issue 8) from the "Cluster" options: the table
/// (Cluster:Redis, keyed by Cluster:ClusterId), <see cref="IClusterMembership"/>, and the hosted service that keeps it
/// current. A silo also gets its <see cref="SiloAddress"/> as a singleton (Cluster:Host:Port, generation = UTC ticks
/// at this process's start) so the transport serves under the same address the table lists.</summary>
public static class RedisMembershipServices
{
    public static IServiceCollection AddRedisClusterMembership(this IServiceCollection services, bool isSilo)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ClusterOptions>>().Value;
            return new RedisMembershipTable(options.Redis, options.ClusterId);
        });
        if (isSilo)
        {
            services.TryAddSingleton(sp =>
            {
                var options = sp.GetRequiredService<IOptions<ClusterOptions>>().Value;
                return new SiloAddress($"{options.Host}:{options.Port}", sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcTicks);
            });
        }

        services.TryAddSingleton(sp => new RedisClusterMembership(
            sp.GetRequiredService<RedisMembershipTable>(),
            sp.GetRequiredService<IOptions<ClusterOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RedisClusterMembership>>(),
            isSilo ? sp.GetRequiredService<SiloAddress>() : null,
            isSilo ? sp.GetRequiredService<IHostApplicationLifetime>() : null));
        services.TryAddSingleton<IClusterMembership>(sp => sp.GetRequiredService<RedisClusterMembership>());
        services.AddHostedService<RedisMembershipService>();
        return services;
    }
}
