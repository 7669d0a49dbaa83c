using ApiHost.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiHost(args);

var app = builder.Build();
app.MapApiHost();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
