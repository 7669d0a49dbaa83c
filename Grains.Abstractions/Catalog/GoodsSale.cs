namespace Orleans.Grains.Catalog;

/// <summary>What one order means for a goods's sales counts: <paramref name="Units"/> of the goods (over all its
/// products in the order), ordered at <paramref name="OrderedAt"/>. <paramref name="Counted"/> is true while the
/// order is not closed (its units count) and false once it is closed (they stop counting).</summary>
public sealed record GoodsSale(string OrderSn, int Units, DateTimeOffset OrderedAt, bool Counted);
