namespace Orleans.Storage;

/// <summary>Stores grain state rows keyed by (grain type, grain id), each with a version that serves as its ETag.</summary>
public interface IGrainStorage
{
    /// <summary>A short name for health reports ("sqlite", "postgres", "memory").</summary>
    string Name { get; }

    /// <summary>Creates the table if it is missing; safe to run on every start-up.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The stored row, or null when none was ever written.</summary>
    Task<StoredRecord?> ReadAsync(string grainType, string grainId, CancellationToken cancellationToken = default);

    /// <summary>Writes a payload (null clears it) if the stored version equals <paramref name="expectedVersion"/>
    /// (null: no row may exist). Returns the new version once durable; throws InconsistentStateException otherwise.</summary>
    Task<long> WriteAsync(string grainType, string grainId, long? expectedVersion, string? payload);

    /// <summary>Probes the store with a trivial query.</summary>
    Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
