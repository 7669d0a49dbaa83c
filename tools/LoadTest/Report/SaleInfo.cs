namespace Orleans.Tools.LoadTest.Report;

/// <summary>The flash sale a seckill run fired at.</summary>
public sealed record SaleInfo(long SeckillId, long ProductId, int Quota, int Price, int LimitPerUser, bool Created);
