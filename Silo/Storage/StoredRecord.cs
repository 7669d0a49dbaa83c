namespace Orleans.Storage;

/// <summary>One stored state row. A null payload is a cleared state whose version still counts.</summary>
public sealed record StoredRecord(long Version, string? Payload, DateTimeOffset Modified);
