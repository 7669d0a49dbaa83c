namespace Orleans.Runtime;

/// <summary>Which silos are in the cluster. Implemented by the Redis membership (silos and clients) and by a
/// static list from configuration. Absent in the embedded single-process mode, where every grain is local.</summary>
public interface IClusterMembership
{
    /// <summary>This process's silo, or null in a client (an API host in cluster mode hosts no grains).</summary>
    SiloAddress? LocalSilo { get; }

    /// <summary>The latest view this process knows.</summary>
    ClusterView CurrentView { get; }

    /// <summary>Raised after <see cref="CurrentView"/> changed to a newer version.</summary>
    event Action<ClusterView>? ViewChanged;

    /// <summary>Re-reads membership now, e.g. after a call to a silo failed; returns the (possibly unchanged) view.</summary>
    Task<ClusterView> RefreshAsync(CancellationToken cancellationToken = default);
}
