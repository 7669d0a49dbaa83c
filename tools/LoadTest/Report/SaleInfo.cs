namespace Orleans.Tools.LoadTest.Report;

/// <summary>The flash sale a seckill run fired at; <see cref="Shards"/> is known for a sale the run created (null
/// for a reused one).</summary>
public sealed record SaleInfo(long SeckillId, long ProductId, int Quota, int Price, int LimitPerUser, bool Created, int? Shards = null);
