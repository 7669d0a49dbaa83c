namespace ApiHost.Api.Handlers.Content;

/// <summary>Section 2.19's data.</summary>
public sealed record UnreadCountResult(int Count);
