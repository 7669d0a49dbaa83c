using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>Grain state in a SQLite file in WAL mode with synchronous=FULL, so a committed write survives a crash.
/// One writer connection applies group-commit batches; reads use pooled connections, which WAL lets run beside it.</summary>
internal sealed class SqliteGrainStorage : GroupCommitStorage
{
    private const string InsertSql =
        "INSERT INTO grain_state (grain_type, grain_id, version, payload, modified) VALUES ($type, $id, 1, $payload, $modified) " +
        "ON CONFLICT (grain_type, grain_id) DO NOTHING";

    private const string UpdateSql =
        "UPDATE grain_state SET version = version + 1, payload = $payload, modified = $modified " +
        "WHERE grain_type = $type AND grain_id = $id AND version = $expected";

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private SqliteConnection? _writer;

    public SqliteGrainStorage(GrainStorageOptions options, TimeProvider clock, SiloMetrics metrics, ILogger<SqliteGrainStorage> logger)
        : base(options, metrics, logger)
    {
        _clock = clock;
        _connectionString = BuildConnectionString(options);
    }

    public override string Name => "sqlite";

    public string DataSource => new SqliteConnectionStringBuilder(_connectionString).DataSource;

    public override async Task<StoredRecord?> ReadAsync(string grainType, string grainId, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(_connectionString);
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

    public override async Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
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

    protected override async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "PRAGMA journal_mode = WAL;" +
            "CREATE TABLE IF NOT EXISTS grain_state (" +
            " grain_type TEXT NOT NULL, grain_id TEXT NOT NULL, version INTEGER NOT NULL, payload TEXT NULL," +
            " modified INTEGER NOT NULL, PRIMARY KEY (grain_type, grain_id)) WITHOUT ROWID;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override Task ExecuteBatchAsync(IReadOnlyList<WriteOperation> batch, bool dedicatedConnection)
    {
        if (dedicatedConnection)
        {
            using var connection = OpenWriter();
            Apply(connection, batch);
        }
        else
        {
            _writer ??= OpenWriter();
            try
            {
                Apply(_writer, batch);
            }
            catch (SqliteException)
            {
                // A failed connection may be left mid-transaction; start the next batch on a fresh one.
                _writer.Dispose();
                _writer = null;
                throw;
            }
        }

        return Task.CompletedTask;
    }

    protected override ValueTask DisposeCoreAsync()
    {
        _writer?.Dispose();
        _writer = null;
        return ValueTask.CompletedTask;
    }

    internal static string BuildConnectionString(GrainStorageOptions options)
    {
        var builder = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(options.DataDirectory, "grains.db") }
            : new SqliteConnectionStringBuilder(options.ConnectionString);
        return builder.ToString();
    }

    private SqliteConnection OpenWriter()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private void Apply(SqliteConnection connection, IReadOnlyList<WriteOperation> batch)
    {
        var modified = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var transaction = connection.BeginTransaction();
        using var insert = Prepare(connection, transaction, InsertSql, withExpected: false);
        using var update = Prepare(connection, transaction, UpdateSql, withExpected: true);
        foreach (var operation in batch)
        {
            var command = operation.ExpectedVersion is null ? insert : update;
            command.Parameters["$type"].Value = operation.GrainType;
            command.Parameters["$id"].Value = operation.GrainId;
            command.Parameters["$payload"].Value = (object?)operation.Payload ?? DBNull.Value;
            command.Parameters["$modified"].Value = modified;
            if (operation.ExpectedVersion is { } expected)
            {
                command.Parameters["$expected"].Value = expected;
            }

            operation.Applied = command.ExecuteNonQuery() == 1;
        }

        transaction.Commit();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, bool withExpected)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
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
