using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Grains.ReadModels;
using Orleans.Grains.Sms;

namespace Orleans.Grains.Identity;

/// <summary>Options and services of the identity and SMS grains.</summary>
public static class IdentityServices
{
    public static IServiceCollection AddIdentityGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionOptions>().Bind(configuration.GetSection("Session"));
        services.AddOptions<LoginGuardOptions>().Bind(configuration.GetSection("LoginGuard"));
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection("Sms"));
        services.AddOptions<RequestTokenOptions>().Bind(configuration.GetSection("RequestToken"));
        services.AddOptions<RegistrationOptions>().Bind(configuration.GetSection("Mall"));
        services.AddReadModel<UserReadModel>();

        // TryAdd: a host that registered a real vendor's sender before this keeps it.
        services.TryAddSingleton<ISmsSender, SandboxSmsSender>();
        return services;
    }
}
