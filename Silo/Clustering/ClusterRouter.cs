using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Transport;

namespace Orleans.Runtime;

/// <summary>Routes grain calls in a cluster: each goes to <see cref="GrainPlacement.OwnerOf"/> in the current view.
/// Registered only when a membership is (Silo and Client modes); embedded mode never creates one. A call that a silo
/// refused or that never reached it (it certainly did not run) is retried on the owner of a refreshed view, at most
/// <see cref="ClusterOptions.MaxCallRetries"/> times; a call whose answer was lost after sending is not retried.</summary>
internal sealed partial class ClusterRouter(
    IClusterMembership membership,
    SiloTransportClient transport,
    IServiceProvider services,
    IOptions<ClusterOptions> clusterOptions,
    IOptions<SiloMessagingOptions> messagingOptions,
    ILogger<ClusterRouter> logger)
{
    private readonly Catalog? _catalog = services.GetService<Catalog>();

    public IClusterMembership Membership => membership;

    /// <summary>True when this process is a silo that owns <paramref name="grainId"/> in its current view.</summary>
    public bool IsLocal(GrainId grainId) =>
        membership.LocalSilo is { } local && _catalog is not null && GrainPlacement.OwnerOf(grainId, membership.CurrentView) == local;

    /// <summary>Sends a grain call to its owner; the caller awaits the call's own task as for a local call.</summary>
    public void Send(GrainId grainId, Message message)
    {
        if (message is not IGrainCall call)
        {
            message.Fail(new InvalidOperationException($"{message.Describe()} is not a grain call and cannot leave its silo."));
            return;
        }

        if (message.IsRemote)
        {
            // It came from another process and has not run: refuse it, and that process retries on the new owner.
            message.Fail(new NotOwnerException($"This silo no longer owns {grainId}."));
            return;
        }

        _ = RouteAsync(grainId, call, message);
    }

    // Every await leaves the caller's context (ConfigureAwait(false)): when a grain makes the call, the transport's
    // own continuations must not queue on that grain's activation.
    private async Task RouteAsync(GrainId grainId, IGrainCall call, Message message)
    {
        try
        {
            var timeout = messagingOptions.Value.ResponseTimeout;
            var maxRetries = Math.Max(0, clusterOptions.Value.MaxCallRetries);
            var view = membership.CurrentView;
            for (var attempt = 0; ; attempt++)
            {
                var remaining = timeout - Stopwatch.GetElapsedTime(call.SentAt);
                if (remaining <= TimeSpan.Zero)
                {
                    call.Fail(new TimeoutException(
                        $"Response did not arrive on time in {timeout} for {call.Dispatcher.Name} on grain {grainId} (no silo took it in time)."));
                    return;
                }

                string reason;
                var owner = GrainPlacement.OwnerOf(grainId, view);
                if (owner is null)
                {
                    reason = $"no silo is active (view {view.Version})";
                }
                else if (owner == membership.LocalSilo && _catalog is { } catalog)
                {
                    message.Target = null;
                    catalog.Dispatch(grainId, call.Dispatcher.GrainClass, message);
                    return;
                }
                else
                {
                    var sent = await transport.SendAsync(owner, grainId, call, remaining).ConfigureAwait(false);
                    if (sent.Outcome == CallOutcome.Answered)
                    {
                        return;
                    }

                    reason = sent.Reason ?? sent.Outcome.ToString();
                }

                if (attempt >= maxRetries)
                {
                    call.Fail(new SiloUnavailableException(
                        $"{call.Dispatcher.Name} on grain {grainId} did not reach its owner after {attempt + 1} attempts: {reason}. The call did not run."));
                    return;
                }

                LogRetry(logger, call.Dispatcher.Name, grainId, attempt + 1, reason);
                await Task.Delay(Backoff(attempt)).ConfigureAwait(false);
                view = await membership.RefreshAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            // Whatever went wrong here (membership unreachable, an argument that cannot be serialized), the caller
            // gets it as the call's outcome rather than a hang until its timeout.
            call.Fail(exception);
        }
    }

    /// <summary>20, 40, 80... ms (at most 500): long enough for a membership change to land, short next to a timeout.</summary>
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(500, 20 << Math.Min(attempt, 5)));

    [LoggerMessage(1, LogLevel.Information, "Retrying {Method} on grain {GrainId} (retry {Retry}): {Reason}")]
    private static partial void LogRetry(ILogger logger, string method, GrainId grainId, int retry, string reason);
}
