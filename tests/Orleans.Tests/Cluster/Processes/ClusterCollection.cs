using Xunit;

namespace Orleans.Tests.Cluster.Processes;

/// <summary>Cluster tests run one at a time: each starts half a dozen processes on a two-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "cluster processes";
}
