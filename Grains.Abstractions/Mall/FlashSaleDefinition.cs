namespace Orleans.Grains.Mall;

/// <summary>What an admin sets for a flash sale. <paramref name="LimitPerUser"/> 0 = unlimited.</summary>
public sealed record FlashSaleDefinition(long ProductId, int Quota, int Price, DateTimeOffset StartTime, DateTimeOffset EndTime, int LimitPerUser);
