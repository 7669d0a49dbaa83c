using Microsoft.Extensions.Logging;

namespace Orleans.Runtime;

/// <summary>The runtime's log messages, source-generated.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(1, LogLevel.Error, "Activation of grain {GrainId} failed")]
    public static partial void ActivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(2, LogLevel.Warning, "OnDeactivateAsync of grain {GrainId} failed")]
    public static partial void DeactivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(3, LogLevel.Error, "A work item of grain {GrainId} threw")]
    public static partial void WorkItemFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(4, LogLevel.Warning, "Timer callback of grain {GrainId} failed")]
    public static partial void TimerFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(5, LogLevel.Error, "Storage {Provider} failed a batch of {Count} writes")]
    public static partial void StorageBatchFailed(ILogger logger, Exception exception, string provider, int count);

    [LoggerMessage(6, LogLevel.Information, "Silo started: storage {Provider}, {GrainClasses} grain classes")]
    public static partial void SiloStarted(ILogger logger, string provider, int grainClasses);

    [LoggerMessage(7, LogLevel.Information, "Silo stopping: deactivating {Count} activations")]
    public static partial void SiloStopping(ILogger logger, int count);

    [LoggerMessage(9, LogLevel.Warning, "Silo shutdown is slow: {Count} activations still deactivating: {Activations}")]
    public static partial void ShutdownSlow(ILogger logger, int count, string activations);

    [LoggerMessage(8, LogLevel.Debug, "Collected {Count} idle activations")]
    public static partial void IdleCollected(ILogger logger, int count);
}
