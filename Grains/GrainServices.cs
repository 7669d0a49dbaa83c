using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Admin;
using Orleans.Grains.Gateway;
using Orleans.Grains.Identity;
using Orleans.Grains.Mall;
using Orleans.Grains.ReadModels;
using Orleans.Grains.Security;

namespace Orleans.Grains;

/// <summary>Services and options the grain classes depend on; the silo adds them wherever it is hosted.</summary>
public static class GrainServices
{
    public static IServiceCollection AddGrainServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IpGuardOptions>().Bind(configuration.GetSection("IpGuard"));
        services.AddOptions<PasswordHashOptions>().Bind(configuration.GetSection("PasswordHash"));
        services.AddSingleton<PasswordHasher>();
        services.AddOptions<MallOptions>().Bind(configuration.GetSection("Mall"));
        services.AddReadModel<OrderReadModel>();
        services.AddIdentityGrains(configuration);
        services.AddAdminGrains(configuration);
        services.AddCatalogGrains();
        services.AddContentGrains();
        return services;
    }
}
