using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;

namespace Orleans.Hosting;

/// <summary>Starts storage before anything calls a grain, runs idle collection and response timeouts while the silo
/// lives, and on shutdown deactivates every activation before the storage writer drains and closes.</summary>
internal sealed class SiloLifecycleService(
    IGrainStorage storage,
    Catalog catalog,
    GrainTypeManager types,
    IOptions<GrainCollectionOptions> collection,
    IOptions<SiloMessagingOptions> messaging,
    ILogger<SiloLifecycleService> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _maintenance = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.InitializeAsync(cancellationToken);
        _maintenance = Task.WhenAll(
            RunPeriodicallyAsync(collection.Value.CollectionQuantum, CollectIdle),
            RunPeriodicallyAsync(SweepInterval(messaging.Value.ResponseTimeout), () => catalog.ExpireMessages(messaging.Value.ResponseTimeout)));
        SiloLog.SiloStarted(logger, storage.Name, types.Classes.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _maintenance;
        SiloLog.SiloStopping(logger, catalog.Count);
        var deactivating = catalog.DeactivateAllAsync(DeactivationReason.ShuttingDown);
        if (await Task.WhenAny(deactivating, Task.Delay(SlowShutdown, CancellationToken.None)) != deactivating)
        {
            SiloLog.ShutdownSlow(logger, catalog.Count, string.Join("; ", catalog.DescribeActivations(20)));
        }

        await deactivating.WaitAsync(cancellationToken);
        if (storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    /// <summary>After this long the activations still deactivating are logged, to show what holds shutdown up.</summary>
    private static readonly TimeSpan SlowShutdown = TimeSpan.FromSeconds(5);

    /// <summary>Timeouts are checked a tenth of the timeout apart (10 ms to 1 s), so a caller waits at most ~10% extra.</summary>
    private static TimeSpan SweepInterval(TimeSpan timeout) =>
        TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 10, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromSeconds(1).Ticks));

    private void CollectIdle()
    {
        var collected = catalog.CollectIdle(collection.Value.CollectionAge);
        if (collected > 0)
        {
            SiloLog.IdleCollected(logger, collected);
        }
    }

    private async Task RunPeriodicallyAsync(TimeSpan period, Action work)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                work();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the loop ends here by design.
        }
    }
}
