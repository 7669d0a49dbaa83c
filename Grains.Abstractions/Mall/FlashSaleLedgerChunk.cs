namespace Orleans.Grains.Mall;

/// <summary>A ledger chunk's entries and the version a save must name to replace them.</summary>
public sealed record FlashSaleLedgerChunk(IReadOnlyList<FlashSaleLedgerEntry> Entries, long Version);
