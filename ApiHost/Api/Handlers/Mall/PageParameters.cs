namespace ApiHost.Api.Handlers.Mall;

public sealed record PageParameters(int Page = 1);
