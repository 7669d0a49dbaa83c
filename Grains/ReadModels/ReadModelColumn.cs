namespace Orleans.Grains.ReadModels;

/// <summary>A queryable column of a read-model table; <paramref name="Indexed"/> gives it its own index.</summary>
public sealed record ReadModelColumn(string Name, ReadModelColumnType Type, bool Indexed = false);
