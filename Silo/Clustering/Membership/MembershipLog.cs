using Microsoft.Extensions.Logging;

namespace Orleans.Runtime.Membership;

/// <summary>Membership log messages, source-generated. Nothing here carries the Redis configuration string: it may
/// hold the server's password.</summary>
internal static partial class MembershipLog
{
    [LoggerMessage(101, LogLevel.Information, "Silo {Silo} joined cluster {ClusterId} (status Joining)")]
    public static partial void Joined(ILogger logger, SiloAddress silo, string clusterId);

    [LoggerMessage(102, LogLevel.Information, "Silo {Silo} is now {Status}")]
    public static partial void StatusChanged(ILogger logger, SiloAddress silo, SiloStatus status);

    [LoggerMessage(103, LogLevel.Warning, "Declared silo {Silo} dead: no I-am-alive since {IAmAlive:o} (death timeout {DeathTimeout})")]
    public static partial void DeclaredDead(ILogger logger, SiloAddress silo, DateTimeOffset iAmAlive, TimeSpan deathTimeout);

    [LoggerMessage(104, LogLevel.Critical, "Silo {Silo} must not serve any more ({Reason}); it leaves every view and stops its host")]
    public static partial void Fenced(ILogger logger, SiloAddress silo, string reason);

    [LoggerMessage(105, LogLevel.Warning, "The membership table of cluster {ClusterId} was lost (Redis restarted?); silo {Silo} inserted its entry again")]
    public static partial void Reinserted(ILogger logger, string clusterId, SiloAddress silo);

    [LoggerMessage(106, LogLevel.Warning, "Membership table of cluster {ClusterId} unreachable; keeping the view of version {Version}")]
    public static partial void Unreachable(ILogger logger, Exception exception, string clusterId, long version);

    [LoggerMessage(107, LogLevel.Debug, "Membership table of cluster {ClusterId} still unreachable: {Message}")]
    public static partial void StillUnreachable(ILogger logger, string clusterId, string message);

    [LoggerMessage(108, LogLevel.Information, "Membership table of cluster {ClusterId} reachable again")]
    public static partial void Reachable(ILogger logger, string clusterId);

    [LoggerMessage(109, LogLevel.Information, "Cluster view {Version}: {Count} active silos: {Silos}")]
    public static partial void ViewPublished(ILogger logger, long version, int count, string silos);

    [LoggerMessage(110, LogLevel.Debug, "Membership table of cluster {ClusterId} moved during a write (version {Version}); re-reading")]
    public static partial void Conflict(ILogger logger, string clusterId, long version);

    [LoggerMessage(111, LogLevel.Error, "A ViewChanged handler threw")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(112, LogLevel.Error, "Membership work failed; it runs again next period")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(114, LogLevel.Warning, "Could not leave the cluster gracefully; peers will declare this silo dead after the death timeout")]
    public static partial void LeaveFailed(ILogger logger, Exception exception);

    [LoggerMessage(113, LogLevel.Information, "Removed {Count} dead entries older than {Retention} from the membership table")]
    public static partial void Purged(ILogger logger, int count, TimeSpan retention);
}
