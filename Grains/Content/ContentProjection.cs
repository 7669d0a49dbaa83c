using Microsoft.Extensions.Logging;
using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Content;

/// <summary>The read-model steps of a content grain that owns one row (see docs/READ_MODELS.md): project after each
/// durable write (a tombstone when the row is gone), and on activation make up for a projection a crash or a failed
/// read-model write left out.</summary>
internal static partial class ContentProjection
{
    /// <summary>Projects the row as of state <paramref name="etag"/>. False when the read model could not be written:
    /// the change is durable all the same, and the caller deactivates so that the next activation heals the row.</summary>
    public static async Task<bool> ProjectAsync<TRow>(ReadModel<TRow> model, long key, TRow? row, string? etag, ILogger logger)
        where TRow : class
    {
        var version = ReadModel<TRow>.StateVersion(etag)!.Value;
        try
        {
            _ = row is null ? await model.RemoveAsync(key, version) : await model.ProjectAsync(row, version);
            return true;
        }
        catch (Exception exception)
        {
            LogProjectionFailed(logger, exception, model.Schema.Table, key);
            return false;
        }
    }

    public static async Task HealAsync<TRow>(ReadModel<TRow> model, long key, TRow? row, string? etag, ILogger logger, CancellationToken cancellationToken)
        where TRow : class
    {
        if (ReadModel<TRow>.StateVersion(etag) is not { } version)
        {
            return;
        }

        try
        {
            if (await model.HealAsync(key, row, version, cancellationToken))
            {
                LogHealed(logger, model.Schema.Table, key, version);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The grain itself is fine; lists lag until the next activation tries again.
            LogProjectionFailed(logger, exception, model.Schema.Table, key);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "{Table} row {Key}: projecting failed; it will be retried on the next activation")]
    private static partial void LogProjectionFailed(ILogger logger, Exception exception, string table, long key);

    [LoggerMessage(2, LogLevel.Information, "{Table} row {Key}: read model was behind; re-projected state version {Version}")]
    private static partial void LogHealed(ILogger logger, string table, long key, long version);
}
