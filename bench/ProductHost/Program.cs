using ApiHost.Hosting;
using Bench.ProductHost;

// ApiHost's own Program.cs, line for line, plus the bench product. Started from its output folder, it reads the same
// appsettings.json (linked from ApiHost) as ApiHost does.
var builder = WebApplication.CreateBuilder(args);
builder.AddApiHost(args);
builder.Services.Configure<BenchProductOptions>(builder.Configuration.GetSection("Bench"));
builder.Services.AddHostedService<BenchProductSeeder>();

var app = builder.Build();
app.MapApiHost();
await app.RunAsync();
