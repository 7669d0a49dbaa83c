namespace Orleans.Grains.Catalog;

/// <summary>What the sales grain last recorded for a recent order, so that a repeated report is recognised.</summary>
public sealed record GoodsSaleMemo(string OrderSn, bool Counted);
