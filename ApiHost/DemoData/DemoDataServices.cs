using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApiHost.DemoData;

public static class DemoDataServices
{
    /// <summary>Adds a contributor to the demo data set (and, once, the seeder that runs them).</summary>
    public static IServiceCollection AddDemoDataContributor<TContributor>(this IServiceCollection services, IConfiguration configuration)
        where TContributor : class, IDemoDataContributor
    {
        if (!services.Any(d => d.ImplementationType == typeof(DemoDataSeeder)))
        {
            services.AddOptions<DemoDataOptions>().Bind(configuration.GetSection("DemoData"));
            services.AddHostedService<DemoDataSeeder>();
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoDataContributor, TContributor>());
        return services;
    }
}
