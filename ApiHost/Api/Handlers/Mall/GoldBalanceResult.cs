namespace ApiHost.Api.Handlers.Mall;

public sealed record GoldBalanceResult(int Gold);
