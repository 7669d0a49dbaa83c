using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>Grain state in PostgreSQL. A group-commit batch is one NpgsqlBatch (one round trip) in one transaction.</summary>
internal sealed class PostgresGrainStorage : GroupCommitStorage
{
    private const string InsertSql =
        "INSERT INTO grain_state (grain_type, grain_id, version, payload, modified) VALUES ($1, $2, 1, $3, $4) " +
        "ON CONFLICT (grain_type, grain_id) DO NOTHING";

    private const string UpdateSql =
        "UPDATE grain_state SET version = version + 1, payload = $3, modified = $4 " +
        "WHERE grain_type = $1 AND grain_id = $2 AND version = $5";

    // Serialises concurrent schema creation by several silos starting at once.
    private const long SchemaLockKey = 0x4F524C45414E53;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    public PostgresGrainStorage(GrainStorageOptions options, TimeProvider clock, SiloMetrics metrics, ILogger<PostgresGrainStorage> logger)
        : base(options, metrics, logger)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is Postgres.");
        }

        _clock = clock;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
    }

    public override string Name => "postgres";

    public override async Task<StoredRecord?> ReadAsync(string grainType, string grainId, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT version, payload, modified FROM grain_state WHERE grain_type = $1 AND grain_id = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredRecord(
            reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.GetFieldValue<DateTimeOffset>(2));
    }

    public override async Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT count(*) FROM grain_state");
            var rows = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return new StorageHealth(Name, true, $"{rows} state rows");
        }
        catch (NpgsqlException exception)
        {
            return new StorageHealth(Name, false, exception.Message);
        }
    }

    protected override async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT pg_advisory_xact_lock({SchemaLockKey});" +
            "CREATE TABLE IF NOT EXISTS grain_state (" +
            " grain_type text NOT NULL, grain_id text NOT NULL, version bigint NOT NULL, payload text NULL," +
            " modified timestamptz NOT NULL, PRIMARY KEY (grain_type, grain_id));",
            connection,
            transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteBatchAsync(IReadOnlyList<WriteOperation> batch, bool dedicatedConnection)
    {
        var modified = _clock.GetUtcNow();
        await using var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using var npgsqlBatch = new NpgsqlBatch(connection, transaction);
        foreach (var operation in batch)
        {
            var command = new NpgsqlBatchCommand(operation.ExpectedVersion is null ? InsertSql : UpdateSql);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = operation.GrainType });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = operation.GrainId });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)operation.Payload ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = modified });
            if (operation.ExpectedVersion is { } expected)
            {
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected });
            }

            npgsqlBatch.BatchCommands.Add(command);
        }

        await npgsqlBatch.ExecuteNonQueryAsync().ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Applied = npgsqlBatch.BatchCommands[i].RecordsAffected == 1;
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }

    protected override ValueTask DisposeCoreAsync() => _dataSource.DisposeAsync();
}
