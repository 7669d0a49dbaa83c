namespace ApiHost.Admin.Seckills;

public sealed record SeckillCreated(long Id);
