using System.Data.Common;
using Npgsql;
using Orleans.Grains.ReadModels;

namespace Orleans.Storage;

/// <summary>Read models in the PostgreSQL database that holds grain state.</summary>
internal sealed class PostgresReadModelStore(string connectionString) : SqlReadModelStore, IAsyncDisposable
{
    // Serialises concurrent DDL of silos starting at once (CREATE ... IF NOT EXISTS can still collide in PostgreSQL).
    private const long SchemaLockKey = 0x4F524C524D4F44;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Name => "postgres";

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    protected override string SqlType(ReadModelColumnType type) => type switch
    {
        ReadModelColumnType.Integer => "bigint",
        ReadModelColumnType.Real => "double precision",
        _ => "text",
    };

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task ExecuteSchemaAsync(string ddl, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({SchemaLockKey});" + ddl;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
