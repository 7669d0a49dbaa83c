namespace Orleans.Runtime;

/// <summary>A grain's durable state. The runtime reads it before OnActivateAsync. Writes are optimistic: each carries
/// the ETag it read, and a write over a newer version throws <see cref="InconsistentStateException"/> and changes nothing.</summary>
public interface IPersistentState<TState> where TState : new()
{
    /// <summary>The state; never null (a fresh instance when nothing is stored or after a clear).</summary>
    TState State { get; set; }

    /// <summary>The stored version this instance last read or wrote; null when nothing was ever stored.</summary>
    string? Etag { get; }

    /// <summary>True when a record is stored (false before the first write and after a clear).</summary>
    bool RecordExists { get; }

    Task ReadStateAsync();

    /// <summary>Completes only once the write is durable.</summary>
    Task WriteStateAsync();

    /// <summary>Removes the stored state; the version still advances, so stale writers keep failing.</summary>
    Task ClearStateAsync();
}
