using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>Base for SQL providers. With group commit on, concurrent writes wait in a queue and one writer loop
/// applies everything queued in a single transaction; each caller is released only after that commit. The cost of
/// a durable commit (an fsync) is then shared by the whole batch instead of paid by every write. A provider whose
/// store takes several writers at once (PostgreSQL) may run several lanes, each with its own queue, loop and
/// connection, so one batch is built and sent while another waits for its fsync; every write of a row goes to the
/// same lane, so writes to one row still apply in the order they were made.</summary>
internal abstract class GroupCommitStorage : IGrainStorage, IAsyncDisposable
{
    private readonly Channel<WriteOperation>[] _lanes;
    private readonly GrainStorageOptions _options;
    private readonly SiloMetrics _metrics;
    private readonly ILogger _logger;
    private Task? _writerLoops;

    protected GroupCommitStorage(GrainStorageOptions options, SiloMetrics metrics, ILogger logger)
    {
        _options = options;
        _metrics = metrics;
        _logger = logger;
        _lanes = new Channel<WriteOperation>[Math.Max(1, _options.GroupCommit ? WriterLanes : 1)];
        for (var i = 0; i < _lanes.Length; i++)
        {
            _lanes[i] = Channel.CreateUnbounded<WriteOperation>(
                new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
        }
    }

    public abstract string Name { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
        if (_options.GroupCommit)
        {
            _writerLoops ??= Task.WhenAll(_lanes.Select(lane => Task.Run(() => WriterLoopAsync(lane.Reader), CancellationToken.None)));
        }
    }

    public abstract Task<StoredRecord?> ReadAsync(string grainType, string grainId, CancellationToken cancellationToken = default);

    public abstract Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken);

    public Task<long> WriteAsync(string grainType, string grainId, long? expectedVersion, string? payload)
    {
        var operation = new WriteOperation(grainType, grainId, expectedVersion, payload);
        if (!_options.GroupCommit)
        {
            return WriteAloneAsync(operation);
        }

        var lane = _lanes.Length == 1 ? _lanes[0]
            : _lanes[(int)((uint)HashCode.Combine(grainType, grainId) % (uint)_lanes.Length)];
        if (!lane.Writer.TryWrite(operation))
        {
            operation.Fail(new ObjectDisposedException(Name, "Grain storage is shut down."));
        }

        return operation.Task;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }

        if (_writerLoops is not null)
        {
            await _writerLoops.ConfigureAwait(false);
        }

        await DisposeCoreAsync().ConfigureAwait(false);
    }

    /// <summary>How many batches may be in flight at once (each on its own connection). Default 1.</summary>
    protected virtual int WriterLanes => 1;

    protected abstract Task CreateSchemaAsync(CancellationToken cancellationToken);

    /// <summary>Applies every operation in one transaction, setting <see cref="WriteOperation.Applied"/>; throws if
    /// the transaction did not commit.</summary>
    protected abstract Task ExecuteBatchAsync(IReadOnlyList<WriteOperation> batch, bool dedicatedConnection);

    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;

    private async Task<long> WriteAloneAsync(WriteOperation operation)
    {
        await CommitAsync([operation], dedicatedConnection: true).ConfigureAwait(false);
        return await operation.Task.ConfigureAwait(false);
    }

    private async Task WriterLoopAsync(ChannelReader<WriteOperation> reader)
    {
        var batch = new List<WriteOperation>(_options.MaxBatchSize);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var operation))
            {
                batch.Add(operation);
            }

            await CommitAsync(batch, dedicatedConnection: false).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(IReadOnlyList<WriteOperation> batch, bool dedicatedConnection)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await ExecuteBatchAsync(batch, dedicatedConnection).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            SiloLog.StorageBatchFailed(_logger, exception, Name, batch.Count);
            foreach (var operation in batch)
            {
                operation.Fail(exception);
            }

            return;
        }

        _metrics.RecordStorageBatch(batch.Count, Stopwatch.GetElapsedTime(started));
        foreach (var operation in batch)
        {
            if (operation.Applied)
            {
                operation.Succeed();
            }
            else
            {
                operation.Conflict();
            }
        }
    }
}
