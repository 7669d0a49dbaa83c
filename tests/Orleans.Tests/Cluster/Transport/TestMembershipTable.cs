using Orleans.Runtime;

namespace Orleans.Tests.Cluster.Transport;

/// <summary>A membership table the test controls: <see cref="Publish"/> writes a new view; each process's
/// <see cref="TestMembership"/> sees it only when it refreshes or is told to (<see cref="TestMembership.Apply"/>), so
/// a test can leave one process behind on an old view, as a real process would be between two reads.</summary>
public sealed class TestMembershipTable(IEnumerable<SiloAddress> silos)
{
    private readonly Lock _lock = new();
    private ClusterView _current = new(1, silos);

    public ClusterView Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    public ClusterView Publish(IEnumerable<SiloAddress> silos)
    {
        lock (_lock)
        {
            _current = new ClusterView(_current.Version + 1, silos);
            return _current;
        }
    }
}
