namespace Orleans.Grains.ReadModels;

/// <summary>
/// Tables that answer list and search queries without activating a grain per row. The silo provides one over the
/// same database as grain state (SQLite file, PostgreSQL; an in-memory SQLite database for the memory provider).
/// <para><b>Consistency model.</b> A grain is the truth; its read-model row is a copy written <i>after</i> the grain's
/// state write is durable, keyed by the grain's id and stamped with that state's version. A write only lands when its
/// version is newer than the stored one, so projections that race or arrive late never overwrite newer data, and a
/// retried projection is harmless. Readers therefore see each row as of some committed state, possibly not the
/// latest: a list may lag a just-acknowledged change by the time one upsert takes. If the process dies between the
/// state write and the projection, the row stays behind until the grain next activates and, finding the stored
/// version older than its state, projects again (see <see cref="ReadModel{TRow}.HealAsync"/>). Anything that must be
/// exact (stock, limits, prices charged) is read from the grain, never from here.</para>
/// </summary>
public interface IReadModelStore
{
    /// <summary>"sqlite", "postgres" or "memory".</summary>
    string Name { get; }

    /// <summary>Creates the table and its indexes if missing; safe to call from several silos at once and on every start.</summary>
    Task EnsureSchemaAsync(ReadModelSchema schema, CancellationToken cancellationToken = default);

    /// <summary>Inserts the row, or replaces it when <see cref="ReadModelRecord.Version"/> is newer than the stored
    /// version. True when written; false when the stored row was as new or newer (nothing changes).</summary>
    Task<bool> UpsertAsync(ReadModelSchema schema, ReadModelRecord record, CancellationToken cancellationToken = default);

    /// <summary>Upserts several records in one transaction; answers, per record, what <see cref="UpsertAsync"/> would.</summary>
    Task<IReadOnlyList<bool>> UpsertManyAsync(ReadModelSchema schema, IReadOnlyList<ReadModelRecord> records, CancellationToken cancellationToken = default);

    /// <summary>The version stored for a key (also for a tombstone), or null when no row exists.</summary>
    Task<long?> VersionAsync(ReadModelSchema schema, object key, CancellationToken cancellationToken = default);

    /// <summary>One window of the rows matching the query, with the total count.</summary>
    Task<ReadModelPage> QueryAsync(ReadModelSchema schema, ReadModelQuery query, CancellationToken cancellationToken = default);
}
