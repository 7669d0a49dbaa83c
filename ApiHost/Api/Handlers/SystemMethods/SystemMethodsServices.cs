using ApiHost.Uploads;

namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>Options and services of the system.* methods (the handlers themselves are discovered).</summary>
public static class SystemMethodsServices
{
    public static IServiceCollection AddSystemMethods(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SystemInitOptions>(configuration.GetSection("SystemInit"));
        services.AddUploads(configuration);
        return services;
    }
}
