using Orleans.Runtime;

namespace Orleans.Tests.Cluster.Transport;

/// <summary>One process's view of a <see cref="TestMembershipTable"/>. Counts refreshes, so a test can see that a
/// refused or failed call made the caller re-read membership.</summary>
public sealed class TestMembership(TestMembershipTable table, SiloAddress? localSilo) : IClusterMembership
{
    private ClusterView _view = table.Current;
    private int _refreshes;

    public SiloAddress? LocalSilo => localSilo;

    public ClusterView CurrentView => Volatile.Read(ref _view);

    public int Refreshes => Volatile.Read(ref _refreshes);

    public event Action<ClusterView>? ViewChanged;

    public Task<ClusterView> RefreshAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _refreshes);
        Apply(table.Current);
        return Task.FromResult(CurrentView);
    }

    /// <summary>Takes <paramref name="view"/> if it is newer, raising ViewChanged as a real membership would.</summary>
    public void Apply(ClusterView view)
    {
        var current = Volatile.Read(ref _view);
        if (view.Version > current.Version && Interlocked.CompareExchange(ref _view, view, current) == current)
        {
            ViewChanged?.Invoke(view);
        }
    }
}
