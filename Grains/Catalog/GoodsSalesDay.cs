namespace Orleans.Grains.Catalog;

/// <summary>Units of a goods in not-closed orders placed on one UTC day (<paramref name="Day"/>: days since 1970-01-01).</summary>
public sealed record GoodsSalesDay(int Day, int Units);
