namespace Bench.Alternatives.Store;

/// <summary>What GET /v1/seckills/{id} reports. <paramref name="Sold"/> comes from the design's stock authority
/// (the sale row for a, the Redis counter for b); <paramref name="Orders"/> and <paramref name="OrderedUnits"/> from
/// the order table, so the load generator's "orders == units sold" check compares the two.</summary>
public sealed record SaleCounters(long Id, long ProductId, int Quota, int Sold, int Remaining, long Orders, long OrderedUnits);
