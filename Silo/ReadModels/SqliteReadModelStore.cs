using System.Data.Common;
using Microsoft.Data.Sqlite;
using Orleans.Grains.ReadModels;

namespace Orleans.Storage;

/// <summary>Read models in SQLite: the grain-state file itself (so one backup holds both), or, for the memory
/// provider, a private in-memory database that lives as long as this store. Read-model connections use
/// synchronous=NORMAL: a row lost to a power cut is re-projected when its grain next activates.</summary>
internal sealed class SqliteReadModelStore : SqlReadModelStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;

    private SqliteReadModelStore(string connectionString, bool inMemory)
    {
        _connectionString = connectionString;
        if (inMemory)
        {
            // A shared-cache memory database exists while at least one connection to it is open.
            _keepAlive = new SqliteConnection(connectionString);
            _keepAlive.Open();
        }
    }

    public override string Name => _keepAlive is null ? "sqlite" : "memory";

    /// <summary>The file of the grain storage (same connection string rules).</summary>
    public static SqliteReadModelStore ForFile(string connectionString)
    {
        // The read-model store may open the file before grain storage does (hosted services start in order).
        var directory = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

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

    public void Dispose() => _keepAlive?.Dispose();

    protected override string SqlType(ReadModelColumnType type) => type switch
    {
        ReadModelColumnType.Integer => "INTEGER",
        ReadModelColumnType.Real => "REAL",
        _ => "TEXT",
    };

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (_keepAlive is null)
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA synchronous = NORMAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override async Task ExecuteSchemaAsync(DbConnection connection, string ddl, CancellationToken cancellationToken)
    {
        if (_keepAlive is null)
        {
            // Set WAL here too, in case this store creates the file: readers then never block the grain writer.
            ddl = "PRAGMA journal_mode = WAL;" + ddl;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = ddl;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
