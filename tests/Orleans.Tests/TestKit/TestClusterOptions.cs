using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Orleans.Tests.TestKit;

public sealed class TestClusterOptions
{
    public StorageProviderKind Provider { get; set; } = StorageProviderKind.Memory;

    public string? ConnectionString { get; set; }

    public bool GroupCommit { get; set; } = true;

    /// <summary>A fresh temporary folder per cluster, kept across <see cref="TestCluster.RestartAsync"/>.</summary>
    public string DataDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "orleans-tests", Guid.NewGuid().ToString("N"));

    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    public Action<IServiceCollection>? ConfigureServices { get; set; }
}
