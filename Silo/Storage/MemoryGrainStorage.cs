using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>Keeps state rows in process memory, with the same version rules as the SQL providers. For tests.</summary>
internal sealed class MemoryGrainStorage(TimeProvider clock) : IGrainStorage
{
    private readonly Dictionary<(string Type, string Id), StoredRecord> _rows = [];
    private readonly Lock _lock = new();

    public string Name => "memory";

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StoredRecord?> ReadAsync(string grainType, string grainId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.GetValueOrDefault((grainType, grainId)));
        }
    }

    public Task<long> WriteAsync(string grainType, string grainId, long? expectedVersion, string? payload)
    {
        lock (_lock)
        {
            var key = (grainType, grainId);
            var stored = _rows.GetValueOrDefault(key);
            if (stored?.Version != expectedVersion)
            {
                return Task.FromException<long>(new InconsistentStateException(
                    $"ETag conflict writing {grainType}/{grainId}.", stored?.Version.ToString(), expectedVersion?.ToString()));
            }

            var version = (expectedVersion ?? 0) + 1;
            _rows[key] = new StoredRecord(version, payload, clock.GetUtcNow());
            return Task.FromResult(version);
        }
    }

    public Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StorageHealth(Name, true, "in-memory; nothing survives a restart"));
}
