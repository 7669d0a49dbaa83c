namespace ApiHost.Api.Handlers.Mall;

public sealed record SeckillIdParameters(long SeckillId);
