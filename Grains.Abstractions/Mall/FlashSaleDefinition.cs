namespace Orleans.Grains.Mall;

/// <summary>What an admin sets for a flash sale. <paramref name="LimitPerUser"/> 0 = unlimited. <paramref name="Shards"/>
/// splits the quota over that many stock-shard grains (1 = the sale grain holds it all, as it always did); it is fixed
/// when the sale is created.</summary>
public sealed record FlashSaleDefinition(long ProductId, int Quota, int Price, DateTimeOffset StartTime, DateTimeOffset EndTime, int LimitPerUser, int Shards = 1);
