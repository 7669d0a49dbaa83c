using Orleans.Configuration;

namespace Orleans.Runtime;

/// <summary>Membership from a fixed list (Cluster:Silos): for fixed clusters and development. Every listed silo is
/// active at generation 0 and the view never changes, so nothing here detects failures: a silo that is down stays in
/// the view and calls to its grains fail (after retries) until it is back.</summary>
public sealed class StaticClusterMembership : IClusterMembership
{
    public StaticClusterMembership(ClusterOptions options, bool isSilo)
    {
        ArgumentNullException.ThrowIfNull(options);
        var silos = options.Silos.Select(ParseEndpoint).Distinct(StringComparer.OrdinalIgnoreCase).Select(e => new SiloAddress(e, 0)).ToList();
        if (silos.Count == 0)
        {
            throw new InvalidOperationException("Cluster:Silos lists no silo; a static cluster needs at least one \"host:port\" entry (or set Cluster:Redis).");
        }

        CurrentView = new ClusterView(1, silos);
        if (isSilo)
        {
            var self = $"{options.Host}:{options.Port}";
            LocalSilo = silos.FirstOrDefault(s => string.Equals(s.Endpoint, self, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException(
                    $"This silo listens on {self}, which Cluster:Silos ({string.Join(", ", options.Silos)}) does not list: peers would never route to it.");
        }
    }

    public SiloAddress? LocalSilo { get; }

    public ClusterView CurrentView { get; }

    /// <summary>Never raised: a static view does not change.</summary>
    public event Action<ClusterView>? ViewChanged
    {
        add { }
        remove { }
    }

    public Task<ClusterView> RefreshAsync(CancellationToken cancellationToken = default) => Task.FromResult(CurrentView);

    private static string ParseEndpoint(string entry)
    {
        var trimmed = entry.Trim();
        var colon = trimmed.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(trimmed.AsSpan(colon + 1), out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"Cluster:Silos entry '{entry}' is not \"host:port\".");
        }

        return trimmed;
    }
}
