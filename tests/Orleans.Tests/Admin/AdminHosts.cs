using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Admin;

/// <summary>Hosts for the admin tests: the real ApiHost with the bootstrap password set, optionally with a manual
/// clock or a log capture.</summary>
public static class AdminHosts
{
    public static ApiHostFactory Create(Dictionary<string, string?>? settings = null) => new(AdminClient.Settings(settings));

    public static WebApplicationFactory<Program> WithClock(this ApiHostFactory factory, TimeProvider clock) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(clock)));

    public static WebApplicationFactory<Program> WithLogs(this WebApplicationFactory<Program> factory, LogCapture logs) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
}
