namespace Orleans.Grains.ReadModels;

/// <summary>The payloads of one window of matching rows, and how many rows match in all.</summary>
public sealed record ReadModelPage(IReadOnlyList<string> Payloads, long Total);
