namespace ApiHost.Admin.Seckills;

/// <summary>A flash sale as an admin sets it: times "yyyy-MM-dd HH:mm:ss" in China time, price in gold coins,
/// <c>limit_per_user</c> 0 = unlimited.</summary>
public sealed record SeckillRequest(long Productid, int Quota, int Price, string StartTime, string EndTime, int LimitPerUser = 0);
