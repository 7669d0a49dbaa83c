namespace Orleans.Grains.ReadModels;

/// <summary>One window of matching rows as the projection's row type, and how many rows match in all.</summary>
public sealed record ReadModelTypedPage<TRow>(IReadOnlyList<TRow> Rows, long Total);
