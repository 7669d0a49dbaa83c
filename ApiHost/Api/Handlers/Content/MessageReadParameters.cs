namespace ApiHost.Api.Handlers.Content;

public sealed record MessageReadParameters(long Msgid);
