using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Protocols.Maintenance;

/// <summary>The maintenance switch as this host sees it: the grain's value cached for <see cref="MaintenanceOptions.Refresh"/>,
/// so the hot path reads memory instead of calling a grain per request. Past that age the cached value is still
/// answered while one refresh runs in the background; a flip made through this host replaces the cache at once.</summary>
public sealed partial class MaintenanceSwitch(
    IGrainFactory grains,
    TimeProvider clock,
    IOptions<MaintenanceOptions> options,
    ILogger<MaintenanceSwitch> logger)
{
    public const string GrainKey = "default";

    private readonly Lock _lock = new();
    private Snapshot? _current;
    private long _generation;
    private int _refreshing;

    private IMaintenanceGrain Grain => grains.GetGrain<IMaintenanceGrain>(GrainKey);

    public ValueTask<MaintenanceInfo> CurrentAsync()
    {
        var current = Volatile.Read(ref _current);
        if (current is null)
        {
            return new ValueTask<MaintenanceInfo>(LoadAsync());
        }

        if (clock.GetUtcNow() - current.FetchedAt >= options.Value.Refresh && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = RefreshInBackgroundAsync();
        }

        return new ValueTask<MaintenanceInfo>(current.Info);
    }

    /// <summary>Flips the switch durably, then replaces this host's cache so its very next request sees the change.</summary>
    public async Task<MaintenanceInfo> SetAsync(bool enabled, string? message)
    {
        var text = string.IsNullOrWhiteSpace(message) ? options.Value.DefaultMessage : message.Trim();
        var info = await Grain.Set(enabled, text);
        lock (_lock)
        {
            // A refresh that read the grain before this write must not put the old value back.
            _generation++;
            Volatile.Write(ref _current, new Snapshot(info, clock.GetUtcNow()));
        }

        return info;
    }

    private async Task<MaintenanceInfo> LoadAsync()
    {
        long generation;
        lock (_lock)
        {
            generation = _generation;
        }

        var info = await Grain.Get();
        lock (_lock)
        {
            if (generation == _generation)
            {
                Volatile.Write(ref _current, new Snapshot(info, clock.GetUtcNow()));
            }

            return _current?.Info ?? info;
        }
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await LoadAsync();
        }
        catch (Exception exception)
        {
            // The previous value keeps being answered; the next request past the refresh age tries again.
            LogRefreshFailed(logger, exception);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private sealed record Snapshot(MaintenanceInfo Info, DateTimeOffset FetchedAt);

    [LoggerMessage(1, LogLevel.Warning, "Could not refresh the maintenance switch; the cached value stays in use")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
