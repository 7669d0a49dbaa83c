namespace Orleans.Grains.ReadModels;

/// <summary>Filters, one sort column (the key breaks ties in the same direction), and a window of rows.
/// Removed rows never match. <paramref name="Limit"/> 0 only counts.</summary>
public sealed record ReadModelQuery(
    IReadOnlyList<ReadModelFilter> Filters,
    string OrderBy = ReadModelSchema.KeyColumn,
    bool Descending = false,
    long Offset = 0,
    int Limit = 20);
