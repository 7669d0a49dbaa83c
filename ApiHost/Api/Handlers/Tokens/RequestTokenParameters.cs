namespace ApiHost.Api.Handlers.Tokens;

/// <summary>system.request.token: how many tokens, 1 to 5.</summary>
public sealed record RequestTokenParameters(int Number);
