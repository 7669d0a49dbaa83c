namespace Orleans.Storage;

/// <summary>What a storage probe found.</summary>
public sealed record StorageHealth(string Provider, bool IsHealthy, string Description);
