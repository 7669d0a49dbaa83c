using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Orleans.Hosting;

/// <summary>The silo as its own process: grains and storage, no HTTP surface. The cluster transport attaches here.</summary>
public static class SiloProgram
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "DataDirectory" });
        builder.AddSilo();
        await builder.Build().RunAsync();
    }
}
