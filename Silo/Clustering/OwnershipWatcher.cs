using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Orleans.Runtime;

/// <summary>On a silo: when the view changes, deactivates the activations whose grains another silo owns now, so a
/// joining silo takes over exactly its share and a silo that left its own view (declared dead, unsure) lets go of
/// everything. Calls waiting on those activations are handed on (local callers) or refused (remote callers retry).</summary>
internal sealed partial class OwnershipWatcher(
    IClusterMembership membership,
    Catalog catalog,
    ClusterRouter router,
    ILogger<OwnershipWatcher> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        membership.ViewChanged += OnViewChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        membership.ViewChanged -= OnViewChanged;
        return Task.CompletedTask;
    }

    private void OnViewChanged(ClusterView view)
    {
        var moved = catalog.DeactivateNotOwned(router.IsLocal);
        LogViewChanged(logger, view.Version, view.ActiveSilos.Count, moved);
    }

    [LoggerMessage(1, LogLevel.Information, "Cluster view {Version}: {Silos} active silos; deactivating {Moved} activations owned elsewhere now")]
    private static partial void LogViewChanged(ILogger logger, long version, int silos, int moved);
}
