using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Sms;

namespace Orleans.Grains.Admin;

/// <summary>Options and services of the admin account, session and SMS outbox grains.</summary>
public static class AdminGrainServices
{
    public static IServiceCollection AddAdminGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminGrainOptions>().Bind(configuration.GetSection("Admin"));
        services.AddOptions<SmsOutboxOptions>().Bind(configuration.GetSection("SmsOutbox"));
        services.AddSingleton<AdminPasswordCheck>();
        return services;
    }
}
