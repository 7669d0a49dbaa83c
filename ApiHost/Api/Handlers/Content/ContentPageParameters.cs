namespace ApiHost.Api.Handlers.Content;

/// <summary>A page number (default 1) and the optional session token.</summary>
public sealed record ContentPageParameters(int Page = 1, string? Token = "");
