namespace Orleans.Configuration;

/// <summary>Options for grain state storage, bound from the "Storage" configuration section.</summary>
public sealed class GrainStorageOptions
{
    /// <summary>Which provider stores grain state. Default <see cref="StorageProviderKind.Sqlite"/>.</summary>
    public StorageProviderKind Provider { get; set; } = StorageProviderKind.Sqlite;

    /// <summary>Provider connection string. For SQLite, empty means "grains.db" in <see cref="DataDirectory"/>;
    /// for PostgreSQL it is required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file. Default "./data".</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Coalesce concurrent writes into one transaction. Default true; false commits each write alone
    /// (kept for benchmarks that show what group commit buys).</summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>Most writes in one group-commit transaction. Default 1024.</summary>
    public int MaxBatchSize { get; set; } = 1024;
}
