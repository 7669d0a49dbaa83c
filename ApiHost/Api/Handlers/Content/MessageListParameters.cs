namespace ApiHost.Api.Handlers.Content;

public sealed record MessageListParameters(int Page = 1);
