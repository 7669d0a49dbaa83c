using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Bench.Grains;
using Orleans.Hosting;

namespace Orleans.Bench;

/// <summary>Starts a silo exactly as the API host co-hosts one (AddSilo on the generic host), with the benchmark's
/// grains added and no console logging in the measured path.</summary>
internal static class BenchSilo
{
    public static async Task<IHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSilo(silo => silo.AddGrains(typeof(PingGrain).Assembly));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static IGrainFactory Factory(IHost host) => host.Services.GetRequiredService<IGrainFactory>();

    public static async Task StopAsync(IHost host)
    {
        await host.StopAsync();
        host.Dispose();
    }
}
