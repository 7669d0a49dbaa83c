using ApiHost.Protocols.AppJson;
using ApiHost.Protocols.AppToken;
using ApiHost.Protocols.Envelope;
using ApiHost.Protocols.Maintenance;
using ApiHost.Protocols.RestV1;

namespace ApiHost.Protocols.Dialects;

public static class DialectServices
{
    /// <summary>The sibling protocols (seeds 000, 001, 002, 004) over the shared dispatcher.</summary>
    public static IServiceCollection AddDialects(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DialectOptions>(configuration.GetSection("Dialects"));
        services.Configure<EnvelopeOptions>(configuration.GetSection("Envelope"));
        services.AddMaintenance(configuration);
        services.AddSingleton<DialectAccess>();
        services.AddSingleton<FlashSaleGate>();
        services.AddSingleton<DialectInvoker>();
        services.AddSingleton<RestRequestReader>();
        services.AddSingleton<AppJsonDialect>();
        services.AddSingleton<RestV1Dialect>();
        services.AddSingleton<AppTokenDialect>();
        services.AddSingleton<EnvelopeKeyRing>();
        services.AddSingleton<EnvelopeAppDirectory>();
        services.AddSingleton<EnvelopeGateway>();
        return services;
    }
}
