namespace ApiHost.Api.Handlers.Content;

public sealed record NewsDetailParameters(long NewsId);
