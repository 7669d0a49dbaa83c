namespace ApiHost.Health;

/// <summary>The answer of GET /health.</summary>
public sealed record HealthReport(string Status, StorageReport Storage);
