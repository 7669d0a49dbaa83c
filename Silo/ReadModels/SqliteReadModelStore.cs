using System.Data.Common;
using Microsoft.Data.Sqlite;
using Orleans.Grains.ReadModels;

namespace Orleans.Storage;

/// <summary>Read models in SQLite: the grain-state file itself (so one backup holds both), or, for the memory
/// provider, a private in-memory database that lives as long as this store. Every write (upserts, schema) goes to the
/// database's one <see cref="SqliteWriter"/>, which grain storage of the same file shares: projections then commit in
/// the same transactions as grain state (durable like it, synchronous=FULL) instead of competing with it for SQLite's
/// write lock, and no thread sleeps on SQLITE_BUSY. Queries use read-only connections, which WAL runs beside it.</summary>
internal sealed class SqliteReadModelStore : SqlReadModelStore, IAsyncDisposable, IDisposable
{
    private readonly string _readConnectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly SqliteWriter _writer;
    private int _disposed;

    private SqliteReadModelStore(string connectionString, bool inMemory)
    {
        if (inMemory)
        {
            // A shared-cache memory database exists while at least one connection to it is open.
            _keepAlive = new SqliteConnection(connectionString);
            _keepAlive.Open();
        }

        _readConnectionString = SqliteGrainStorage.ReadOnly(connectionString);
        _writer = SqliteWriter.Acquire(connectionString);
    }

    public override string Name => _keepAlive is null ? "sqlite" : "memory";

    /// <summary>The file of the grain storage (same connection string rules).</summary>
    public static SqliteReadModelStore ForFile(string connectionString)
    {
        // The read-model store may open the file before grain storage does (hosted services start in order).
        SqliteGrainStorage.CreateDirectory(connectionString);
        return new(connectionString, inMemory: false);
    }

    /// <summary>A fresh in-memory database private to this store.</summary>
    public static SqliteReadModelStore InMemory() => new(
        new SqliteConnectionStringBuilder
        {
            DataSource = "readmodels-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString(),
        inMemory: true);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _writer.ReleaseAsync().ConfigureAwait(false);
            _keepAlive?.Dispose();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // Only a synchronous container disposal comes here; the writer's drain is short and has no other way out.
            _writer.ReleaseAsync().AsTask().GetAwaiter().GetResult();
            _keepAlive?.Dispose();
        }
    }

    /// <summary>Queued to the writer as one piece of work (one savepoint in its next transaction): the records of a
    /// batch land or fail together, and only then is the caller answered.</summary>
    public override Task<IReadOnlyList<bool>> UpsertManyAsync(ReadModelSchema schema, IReadOnlyList<ReadModelRecord> records, CancellationToken cancellationToken = default)
    {
        var sql = UpsertSql(schema);
        return _writer.RunAsync<IReadOnlyList<bool>>((connection, transaction) =>
        {
            var written = new bool[records.Count];
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < records.Count; i++)
            {
                BindUpsert(command, schema, records[i]);
                written[i] = command.ExecuteNonQuery() == 1;
            }

            return written;
        }).WaitAsync(cancellationToken);
    }

    protected override string SqlType(ReadModelColumnType type) => type switch
    {
        ReadModelColumnType.Integer => "INTEGER",
        ReadModelColumnType.Real => "REAL",
        _ => "TEXT",
    };

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_readConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override Task ExecuteSchemaAsync(string ddl, CancellationToken cancellationToken) =>
        _writer.RunAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = ddl;
            return command.ExecuteNonQuery();
        }).WaitAsync(cancellationToken);
}
