using ApiHost.Api.Handlers.SystemMethods;

namespace ApiHost.Api.Handlers.Content;

/// <summary>Section 2.13's data: the live ads of the position, in display order.</summary>
public sealed record AdListResult(IReadOnlyList<AdView> List);
