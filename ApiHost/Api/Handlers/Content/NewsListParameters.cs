namespace ApiHost.Api.Handlers.Content;

/// <summary>Section 2.22: <c>cat_id</c> -1 (or 0) for every category.</summary>
public sealed record NewsListParameters(long CatId = -1, int Page = 1);
