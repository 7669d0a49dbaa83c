using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>Grain state in PostgreSQL. A group-commit batch is one round trip and one implicit transaction, with one
/// statement for all its writes (see <see cref="BatchSql"/>) rather than a statement per write.</summary>
internal sealed class PostgresGrainStorage : GroupCommitStorage
{
    private const string InsertSql =
        "INSERT INTO grain_state (grain_type, grain_id, version, payload, modified) VALUES ($1, $2, 1, $3, $4) " +
        "ON CONFLICT (grain_type, grain_id) DO NOTHING";

    private const string UpdateSql =
        "UPDATE grain_state SET version = version + 1, payload = $3, modified = $4 " +
        "WHERE grain_type = $1 AND grain_id = $2 AND version = $5";

    /// <summary>A whole round of a group-commit batch in one statement: the writes arrive as four arrays, inserts
    /// (no expected version) and conditional updates run as two parts of the statement, and the statement returns the
    /// 1-based positions of the writes that matched their row, so each other write fails alone with its ETag conflict.
    /// Every row appears at most once per round. Under READ COMMITTED an update re-checks the version of a row that
    /// another transaction changed meanwhile, so the condition stays exact across silos.</summary>
    private const string BatchSql =
        "WITH input AS (" +
        " SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) WITH ORDINALITY AS i (grain_type, grain_id, expected, payload, ord))," +
        " inserted AS (" +
        " INSERT INTO grain_state (grain_type, grain_id, version, payload, modified)" +
        " SELECT grain_type, grain_id, 1, payload, $5 FROM input WHERE expected IS NULL" +
        " ON CONFLICT (grain_type, grain_id) DO NOTHING RETURNING grain_type, grain_id)," +
        " updated AS (" +
        " UPDATE grain_state AS s SET version = s.version + 1, payload = i.payload, modified = $5 FROM input AS i" +
        " WHERE i.expected IS NOT NULL AND s.grain_type = i.grain_type AND s.grain_id = i.grain_id AND s.version = i.expected" +
        " RETURNING s.grain_type, s.grain_id)" +
        " SELECT i.ord FROM input AS i JOIN (SELECT grain_type, grain_id FROM inserted UNION ALL SELECT grain_type, grain_id FROM updated) AS done" +
        " ON done.grain_type = i.grain_type AND done.grain_id = i.grain_id";

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
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        if (connection.MaxAutoPrepare == 0)
        {
            // The provider sends the same few statements all the time; prepared once per connection, PostgreSQL skips
            // parsing and planning them on every write and read.
            connection.MaxAutoPrepare = 16;
        }

        _dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
    }

    public override string Name => "postgres";

    // PostgreSQL takes concurrent transactions and flushes their WAL together, so four batches in flight keep
    // building and sending the next batch while earlier ones wait for their commit.
    protected override int WriterLanes => 4;

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
        if (batch.Count == 1)
        {
            await ExecuteSingleAsync(batch[0], modified).ConfigureAwait(false);
            return;
        }

        // Several writes to one row in a batch (a grain that deactivated and came back) must apply in order, and one
        // statement may touch a row only once: round r holds the r-th write of each row, and the rounds run in order.
        var rounds = new List<List<int>>();
        var occurrences = new Dictionary<(string Type, string Id), int>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var key = (batch[i].GrainType, batch[i].GrainId);
            occurrences.TryGetValue(key, out var round);
            occurrences[key] = round + 1;
            if (round == rounds.Count)
            {
                rounds.Add([]);
            }

            rounds[round].Add(i);
        }

        // No explicit transaction: PostgreSQL runs a batch (one Sync) as one implicit transaction, so either every
        // round commits or none does, and a failure throws before any caller is released.
        await using var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var npgsqlBatch = new NpgsqlBatch(connection);
        foreach (var round in rounds)
        {
            npgsqlBatch.BatchCommands.Add(CreateRoundCommand(batch, round, modified));
        }

        await using var reader = await npgsqlBatch.ExecuteReaderAsync().ConfigureAwait(false);
        foreach (var round in rounds)
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                batch[round[(int)reader.GetInt64(0) - 1]].Applied = true;
            }

            await reader.NextResultAsync().ConfigureAwait(false);
        }
    }

    protected override ValueTask DisposeCoreAsync() => _dataSource.DisposeAsync();

    private static NpgsqlBatchCommand CreateRoundCommand(IReadOnlyList<WriteOperation> batch, List<int> round, DateTimeOffset modified)
    {
        var types = new string[round.Count];
        var ids = new string[round.Count];
        var expected = new long?[round.Count];
        var payloads = new string?[round.Count];
        for (var i = 0; i < round.Count; i++)
        {
            var operation = batch[round[i]];
            types[i] = operation.GrainType;
            ids[i] = operation.GrainId;
            expected[i] = operation.ExpectedVersion;
            payloads[i] = operation.Payload;
        }

        var command = new NpgsqlBatchCommand(BatchSql);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = types, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<long?[]> { TypedValue = expected, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = payloads, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = modified });
        return command;
    }

    /// <summary>One write alone (commit-per-write mode, or a lone write in group commit): one autocommitted statement.</summary>
    private async Task ExecuteSingleAsync(WriteOperation operation, DateTimeOffset modified)
    {
        await using var command = _dataSource.CreateCommand(operation.ExpectedVersion is null ? InsertSql : UpdateSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = operation.GrainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = operation.GrainId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)operation.Payload ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = modified });
        if (operation.ExpectedVersion is { } expected)
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected });
        }

        operation.Applied = await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }
}
