namespace ApiHost.Protocols.Maintenance;

public static class MaintenanceServices
{
    public static IServiceCollection AddMaintenance(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MaintenanceOptions>(configuration.GetSection("Maintenance"));
        services.AddSingleton<MaintenanceSwitch>();
        return services;
    }
}
