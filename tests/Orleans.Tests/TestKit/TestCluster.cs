using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Orleans.Tests.TestKit;

/// <summary>An in-process silo for grain tests, in the spirit of Orleans's TestCluster: grains are reached only
/// through <see cref="GrainFactory"/>, exactly as the API host reaches them.</summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly IHost _host;

    private TestCluster(IHost host, TestClusterOptions options)
    {
        _host = host;
        Options = options;
    }

    public TestClusterOptions Options { get; }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    public static async Task<TestCluster> StartAsync(Action<TestClusterOptions>? configure = null)
    {
        var options = new TestClusterOptions();
        configure?.Invoke(options);
        return await StartAsync(options);
    }

    /// <summary>Stops this silo and starts a new one on the same storage, as after a process restart.</summary>
    public async Task<TestCluster> RestartAsync()
    {
        await StopAsync();
        return await StartAsync(Options);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _host.StopAsync(cancellationToken);
        _host.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync();
        }
        catch (ObjectDisposedException)
        {
            // Already stopped by RestartAsync/StopAsync.
        }

        _host.Dispose();
    }

    private static async Task<TestCluster> StartAsync(TestClusterOptions options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = options.Provider.ToString(),
            ["Storage:ConnectionString"] = options.ConnectionString,
            ["Storage:GroupCommit"] = options.GroupCommit.ToString(),
            ["DataDirectory"] = options.DataDirectory,
            ["Messaging:ResponseTimeout"] = options.ResponseTimeout.ToString(),
            ["GrainCollection:CollectionAge"] = options.CollectionAge.ToString(),
            ["GrainCollection:CollectionQuantum"] = options.CollectionQuantum.ToString(),
        });
        builder.AddSilo(silo =>
        {
            silo.AddGrains(typeof(TestCluster).Assembly);
            silo.Services.AddSingleton<TestGrains.LifecycleProbe>();
            options.ConfigureServices?.Invoke(silo.Services);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new TestCluster(host, options);
    }
}
