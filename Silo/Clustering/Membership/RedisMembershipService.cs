using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Orleans.Runtime.Membership;

/// <summary>Drives <see cref="RedisClusterMembership"/>: a silo joins at start (Joining), turns Active once the host
/// has started, heartbeats every HeartbeatPeriod and re-reads every RefreshPeriod; on stop it leaves gracefully
/// (ShuttingDown, then Dead). A client only re-reads. Periods run on the injected TimeProvider.</summary>
internal sealed class RedisMembershipService(
    RedisClusterMembership membership,
    IOptions<ClusterOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<RedisMembershipService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _startedRegistration;
    private Task _work = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (membership.LocalSilo is null)
        {
            await membership.RefreshAsync(cancellationToken);
            _work = EveryAsync(settings.RefreshPeriod, () => membership.RefreshAsync(_stopping.Token));
            return;
        }

        _startedRegistration = lifetime.ApplicationStarted.Register(() => _started.TrySetResult());
        var joined = await TryAsync(() => membership.JoinAsync(cancellationToken));
        _work = RunSiloAsync(settings, joined);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _work.WaitAsync(cancellationToken);
            if (membership.LocalSilo is not null)
            {
                await membership.LeaveAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or OperationCanceledException)
        {
            // Redis down or the host's stop time is up: peers declare this silo dead after the death timeout instead.
            MembershipLog.LeaveFailed(logger, exception);
        }
    }

    public void Dispose()
    {
        _startedRegistration.Dispose();
        _stopping.Dispose();
    }

    private async Task RunSiloAsync(ClusterOptions settings, bool joined)
    {
        try
        {
            // Redis down at start: keep trying to join; the silo owns nothing until it has.
            while (!joined)
            {
                await Task.Delay(settings.HeartbeatPeriod, clock, _stopping.Token);
                joined = await TryAsync(() => membership.JoinAsync(_stopping.Token));
            }

            await Task.WhenAll(
                EveryAsync(settings.HeartbeatPeriod, () => membership.HeartbeatAsync(_stopping.Token)),
                EveryAsync(settings.RefreshPeriod, () => membership.RefreshAsync(_stopping.Token)),
                ActivateWhenStartedAsync(settings));
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: StopAsync leaves the cluster next.
        }
    }

    private async Task ActivateWhenStartedAsync(ClusterOptions settings)
    {
        await _started.Task.WaitAsync(_stopping.Token);
        while (membership.Status == SiloStatus.Joining && !membership.IsFenced)
        {
            if (!await TryAsync(() => membership.ActivateAsync(_stopping.Token)))
            {
                await Task.Delay(settings.HeartbeatPeriod, clock, _stopping.Token);
            }
        }
    }

    private async Task EveryAsync(TimeSpan period, Func<Task> work)
    {
        using var timer = new PeriodicTimer(period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                await TryAsync(work);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Runs one step; a Redis failure or an unexpected error is logged and the step runs again next period.</summary>
    private async Task<bool> TryAsync(Func<Task> work)
    {
        try
        {
            await work();
            return true;
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or InvalidOperationException)
        {
            MembershipLog.LoopFailed(logger, exception);
            return false;
        }
    }

    private async Task<bool> TryAsync(Func<Task<bool>> work)
    {
        var result = false;
        Func<Task> step = async () => { result = await work(); };
        return await TryAsync(step) && result;
    }
}
