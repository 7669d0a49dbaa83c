using System.Text.Json;

namespace Orleans.Grains.ReadModels;

/// <summary>
/// A projection of one grain type into one read-model table. A subclass names the table, its columns and how a row
/// fills them; grains call <see cref="ProjectAsync"/> after each durable write and <see cref="HealAsync"/> on
/// activation; queries get rows back as <typeparamref name="TRow"/> (stored as JSON beside the columns, so a row
/// can carry more than what is filtered on). See docs/READ_MODELS.md.
/// </summary>
public abstract class ReadModel<TRow>(IReadModelStore store) : IReadModel
    where TRow : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private readonly Lock _gate = new();
    private List<PendingUpsert> _queued = [];
    private bool _writing;
    private Task? _schema;

    public abstract ReadModelSchema Schema { get; }

    /// <summary>The row's key: a long or a string, matching <see cref="ReadModelSchema.KeyType"/>.</summary>
    protected abstract object KeyOf(TRow row);

    /// <summary>The row's values for every column of <see cref="Schema"/> (booleans become 0/1).</summary>
    protected abstract IReadOnlyDictionary<string, object?> ValuesOf(TRow row);

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        // Created once per process; a failed attempt is forgotten so that the next caller tries again.
        var schema = _schema ??= store.EnsureSchemaAsync(Schema, CancellationToken.None);
        try
        {
            await schema.WaitAsync(cancellationToken);
        }
        catch when (schema.IsFaulted)
        {
            _ = Interlocked.CompareExchange(ref _schema, null, schema);
            throw;
        }
    }

    /// <summary>Writes the row as of state <paramref name="version"/>; false when the table already holds that
    /// version or a newer one.</summary>
    /// <remarks>Projections that arrive while a write is in flight wait and go together in the next transaction, so a
    /// busy table costs one commit per batch rather than per row, as grain state's group commit does.</remarks>
    public async Task<bool> ProjectAsync(TRow row, long version, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        var pending = new PendingUpsert(new ReadModelRecord(KeyOf(row), version, ValuesOf(row), JsonSerializer.Serialize(row, Json)));
        bool start;
        lock (_gate)
        {
            _queued.Add(pending);
            start = !_writing;
            _writing = true;
        }

        if (start)
        {
            _ = Task.Run(WriteQueuedAsync, CancellationToken.None);
        }

        return await pending.Written.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Drains the queue a batch at a time; each caller learns the fate of its own row.</summary>
    private async Task WriteQueuedAsync()
    {
        while (true)
        {
            List<PendingUpsert> batch;
            lock (_gate)
            {
                if (_queued.Count == 0)
                {
                    _writing = false;
                    return;
                }

                batch = _queued;
                _queued = [];
            }

            try
            {
                var written = await store.UpsertManyAsync(Schema, batch.Select(p => p.Record).ToList());
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Written.TrySetResult(written[i]);
                }
            }
            catch (Exception exception)
            {
                foreach (var pending in batch)
                {
                    pending.Written.TrySetException(exception);
                }
            }
        }
    }

    /// <summary>Leaves a tombstone for the key as of state <paramref name="version"/>: the row stops matching queries.</summary>
    public async Task<bool> RemoveAsync(object key, long version, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        var empty = Schema.Columns.ToDictionary(c => c.Name, _ => (object?)null);
        return await store.UpsertAsync(Schema, new ReadModelRecord(key, version, empty, null, Removed: true), cancellationToken);
    }

    public async Task<long?> VersionAsync(object key, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await store.VersionAsync(Schema, key, cancellationToken);
    }

    /// <summary>For a grain's activation: projects <paramref name="row"/> (or, when null, a tombstone) unless the
    /// table already has state <paramref name="version"/>. Heals a crash between a state write and its projection.
    /// True when something was written.</summary>
    public async Task<bool> HealAsync(object key, TRow? row, long version, CancellationToken cancellationToken = default)
    {
        if (await VersionAsync(key, cancellationToken) >= version)
        {
            return false;
        }

        return row is null
            ? await RemoveAsync(key, version, cancellationToken)
            : await ProjectAsync(row, version, cancellationToken);
    }

    public async Task<ReadModelTypedPage<TRow>> QueryAsync(ReadModelQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        var page = await store.QueryAsync(Schema, query, cancellationToken);
        var rows = page.Payloads.Select(p => JsonSerializer.Deserialize<TRow>(p, Json)
            ?? throw new InvalidOperationException($"A row of {Schema.Table} holds no payload.")).ToList();
        return new ReadModelTypedPage<TRow>(rows, page.Total);
    }

    /// <summary>The version of a grain's state as a number (the ETag is the storage row version); null before the first write.</summary>
    public static long? StateVersion(string? etag) =>
        etag is null ? null : long.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);

    private sealed record PendingUpsert(ReadModelRecord Record)
    {
        public TaskCompletionSource<bool> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
