using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;

// The silo as its own process: grains and storage, no HTTP surface. The cluster transport attaches here.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "DataDirectory" });
builder.AddSilo();
await builder.Build().RunAsync();
