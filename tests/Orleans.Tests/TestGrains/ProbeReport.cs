namespace Orleans.Tests.TestGrains;

/// <summary>A record result crossing silos: where a grain ran and what it was asked.</summary>
public sealed record ProbeReport(string Silo, string Key, IReadOnlyList<string> Echo, DateTimeOffset At);
