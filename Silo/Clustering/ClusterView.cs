namespace Orleans.Runtime;

/// <summary>A snapshot of the active silos, as read from the membership table at <see cref="Version"/>.
/// Immutable: routing reads one view per call and never sees it change halfway.</summary>
public sealed class ClusterView
{
    public ClusterView(long version, IEnumerable<SiloAddress> activeSilos)
    {
        Version = version;
        ActiveSilos = activeSilos.Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
    }

    public static ClusterView Empty { get; } = new(0, []);

    /// <summary>The membership table's version this view was read at; higher is newer.</summary>
    public long Version { get; }

    /// <summary>Silos that may host activations, in a stable order.</summary>
    public IReadOnlyList<SiloAddress> ActiveSilos { get; }
}
