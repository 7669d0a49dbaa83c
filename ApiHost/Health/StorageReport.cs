namespace ApiHost.Health;

/// <summary>What the grain storage probe found.</summary>
public sealed record StorageReport(string Provider, bool Healthy, string Description);
