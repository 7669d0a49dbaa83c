namespace Orleans.Grains.Mall;

/// <summary>A chunk of a flash sale's reservations, keyed "{saleId}:{chunk}". Chunks bound the size of each durable
/// write on the hot path: a sale rewrites only the chunks that changed, never its whole history.</summary>
public interface IFlashSaleLedgerGrain : IGrainWithStringKey
{
    /// <summary>Replaces the chunk's entries if it is still at <paramref name="expectedVersion"/> (the version the
    /// caller last loaded or saved; 0 for a new chunk) and answers the new version. Throws
    /// InconsistentStateException when another writer saved it since: an activation of the sale working from a stale
    /// view must fail rather than overwrite reservations it has not seen.</summary>
    Task<long> Save(IReadOnlyList<FlashSaleLedgerEntry> entries, long expectedVersion);

    /// <summary>The chunk as storage has it now, not as this activation remembers it (another activation of the
    /// chunk, on a silo that briefly believed it owned it, may have written since).</summary>
    Task<FlashSaleLedgerChunk> LoadStored();
}
