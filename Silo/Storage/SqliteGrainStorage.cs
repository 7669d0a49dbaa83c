using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>Grain state in a SQLite file in WAL mode with synchronous=FULL, so a committed write survives a crash.
/// Writes go to the file's one <see cref="SqliteWriter"/>, which also carries the read models of the same file: with
/// group commit on, everything queued while a transaction runs is applied in the next one, and each caller is released
/// only after that commit. Reads use pooled read-only connections, which WAL lets run beside the writer.</summary>
internal sealed class SqliteGrainStorage : IGrainStorage, IAsyncDisposable
{
    private const string InsertSql =
        "INSERT INTO grain_state (grain_type, grain_id, version, payload, modified) VALUES ($type, $id, 1, $payload, $modified) " +
        "ON CONFLICT (grain_type, grain_id) DO NOTHING";

    private const string UpdateSql =
        "UPDATE grain_state SET version = version + 1, payload = $payload, modified = $modified " +
        "WHERE grain_type = $type AND grain_id = $id AND version = $expected";

    private const string SchemaSql =
        "CREATE TABLE IF NOT EXISTS grain_state (" +
        " grain_type TEXT NOT NULL, grain_id TEXT NOT NULL, version INTEGER NOT NULL, payload TEXT NULL," +
        " modified INTEGER NOT NULL, PRIMARY KEY (grain_type, grain_id)) WITHOUT ROWID;";

    private readonly string _readConnectionString;
    private readonly TimeProvider _clock;
    private readonly GrainStorageOptions _options;
    private readonly ILogger _logger;
    private readonly SqliteWriter _writer;
    private int _disposed;

    // Used only on the writer's thread: the statements stay prepared for as long as its connection lives.
    private SqliteConnection? _preparedOn;
    private SqliteCommand? _insert;
    private SqliteCommand? _update;

    public SqliteGrainStorage(GrainStorageOptions options, TimeProvider clock, SiloMetrics metrics, ILogger<SqliteGrainStorage> logger)
    {
        _options = options;
        _clock = clock;
        _logger = logger;
        var connectionString = BuildConnectionString(options);
        DataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        _readConnectionString = ReadOnly(connectionString);
        CreateDirectory(connectionString);
        _writer = SqliteWriter.Acquire(connectionString);
        _writer.OnBatch(metrics.RecordStorageBatch, (exception, count) => SiloLog.StorageBatchFailed(_logger, exception, Name, count));
    }

    public string Name => "sqlite";

    public string DataSource { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken) =>
        await _writer.RunAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SchemaSql;
            return command.ExecuteNonQuery();
        }).WaitAsync(cancellationToken).ConfigureAwait(false);

    public async Task<StoredRecord?> ReadAsync(string grainType, string grainId, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(_readConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, payload, modified FROM grain_state WHERE grain_type = $type AND grain_id = $id";
        command.Parameters.AddWithValue("$type", grainType);
        command.Parameters.AddWithValue("$id", grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredRecord(
            reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)));
    }

    public Task<long> WriteAsync(string grainType, string grainId, long? expectedVersion, string? payload)
    {
        var work = new SqliteStateWork(this, new WriteOperation(grainType, grainId, expectedVersion, payload), alone: !_options.GroupCommit);
        _writer.Post(work);
        return work.Operation.Task;
    }

    public async Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(_readConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM grain_state";
            var rows = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return new StorageHealth(Name, true, $"{DataSource}: {rows} state rows");
        }
        catch (SqliteException exception)
        {
            return new StorageHealth(Name, false, exception.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _writer.ReleaseAsync().ConfigureAwait(false);
        }
    }

    internal static string BuildConnectionString(GrainStorageOptions options)
    {
        var builder = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(options.DataDirectory, "grains.db") }
            : new SqliteConnectionStringBuilder(options.ConnectionString);
        return builder.ToString();
    }

    /// <summary>The connection string for readers: read-only, so a reader never takes the write lock (a memory
    /// database keeps its own mode).</summary>
    internal static string ReadOnly(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not ("" or ":memory:"))
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
        }

        return builder.ToString();
    }

    /// <summary>Creates the folder of a file database (whichever of grain storage and read models starts first).</summary>
    internal static void CreateDirectory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>On the writer's thread: the conditional insert or update of one state row.</summary>
    internal void Apply(WriteOperation operation, SqliteConnection connection, SqliteTransaction transaction)
    {
        if (!ReferenceEquals(_preparedOn, connection))
        {
            _insert?.Dispose();
            _update?.Dispose();
            _insert = Prepare(connection, InsertSql, withExpected: false);
            _update = Prepare(connection, UpdateSql, withExpected: true);
            _preparedOn = connection;
        }

        var command = operation.ExpectedVersion is null ? _insert! : _update!;
        command.Transaction = transaction;
        command.Parameters["$type"].Value = operation.GrainType;
        command.Parameters["$id"].Value = operation.GrainId;
        command.Parameters["$payload"].Value = (object?)operation.Payload ?? DBNull.Value;
        command.Parameters["$modified"].Value = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (operation.ExpectedVersion is { } expected)
        {
            command.Parameters["$expected"].Value = expected;
        }

        operation.Applied = command.ExecuteNonQuery() == 1;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, bool withExpected)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$type", SqliteType.Text);
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$payload", SqliteType.Text);
        command.Parameters.Add("$modified", SqliteType.Integer);
        if (withExpected)
        {
            command.Parameters.Add("$expected", SqliteType.Integer);
        }

        return command;
    }
}
