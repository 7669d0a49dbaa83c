using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Orleans.Tests.TestKit;

/// <summary>The real ApiHost (its Program, co-hosted silo and all) on an in-memory test server, with a private data
/// folder. Settings override configuration as command-line arguments would; <paramref name="services"/> runs after
/// the host's own registrations (ConfigureTestServices), to swap in a manual clock or add test-only handlers. Pass the
/// DataDirectory of an earlier (disposed) factory to start a host over the same files, as a restart would.</summary>
public sealed class ApiHostFactory(
    Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? dataDirectory = null)
    : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = dataDirectory ?? Path.Combine(Path.GetTempPath(), "orleans-apihost-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataDirectory", DataDirectory);
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
