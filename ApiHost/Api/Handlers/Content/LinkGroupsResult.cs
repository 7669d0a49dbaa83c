namespace ApiHost.Api.Handlers.Content;

/// <summary>Section 2.14's data.</summary>
public sealed record LinkGroupsResult(IReadOnlyList<LinkGroupView> List);
