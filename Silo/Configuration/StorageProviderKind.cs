namespace Orleans.Configuration;

public enum StorageProviderKind
{
    /// <summary>A SQLite file in WAL mode under the data directory: the embedded default.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql.</summary>
    Postgres,

    /// <summary>Process memory; for tests. Nothing survives a restart.</summary>
    Memory,
}
