namespace ApiHost.Admin.Seckills;

/// <summary>A flash sale as an admin sets it: times "yyyy-MM-dd HH:mm:ss" in China time, price in gold coins,
/// <c>limit_per_user</c> 0 = unlimited. <c>shards</c> (1..64, default 1) splits the quota over that many stock-shard
/// grains so a hot sale is served by several cores or silos; it is fixed at creation (an update may omit it or repeat it).</summary>
public sealed record SeckillRequest(long Productid, int Quota, int Price, string StartTime, string EndTime, int LimitPerUser = 0, int? Shards = null);
