using ApiHost.Api.Handlers.SystemMethods;

namespace ApiHost.Api.Handlers.Content;

/// <summary>Section 2.16's data: the home carousel's live ads.</summary>
public sealed record HomeResult(IReadOnlyList<AdView> Ads);
