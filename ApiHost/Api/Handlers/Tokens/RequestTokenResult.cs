namespace ApiHost.Api.Handlers.Tokens;

/// <summary><c>token</c> is the first token (the shape seed 003, section 2.3 shows); <c>tokens</c> holds all of them.</summary>
public sealed record RequestTokenResult(string Token, IReadOnlyList<string> Tokens);
