namespace Orleans.Grains.ReadModels;

/// <summary>One row to write: the key (long or string, by the schema's key type), the state version it comes from,
/// the column values by name, and the row as JSON. A removed row keeps its key and version as a tombstone, so an
/// older projection arriving late cannot bring it back.</summary>
public sealed record ReadModelRecord(object Key, long Version, IReadOnlyDictionary<string, object?> Values, string? Payload, bool Removed = false);
