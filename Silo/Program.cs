using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Orleans.Hosting;

/// <summary>The silo as its own process. With Cluster:Mode=Silo it is a cluster member (grain calls over HTTP/2 on
/// Cluster:Host/Port, GET /healthz); otherwise a lone silo with no network surface, as before clustering.</summary>
public static class SiloProgram
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "DataDirectory" });
        if (ClusterServices.ModeOf(builder.Configuration) == ClusterMode.Silo)
        {
            await SiloWebHost.Build(args).RunAsync();
            return;
        }

        builder.AddSilo();
        await builder.Build().RunAsync();
    }
}
