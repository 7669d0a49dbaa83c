namespace ApiHost.Api.Handlers.Catalog;

/// <summary>Section 2.24. -1 (and for cat_id also 0) means "not set"; keywords empty means "any".</summary>
public sealed record GoodsListParameters(long CatId = -1, string Keywords = "", double StartPrice = -1, double EndPrice = -1, int Page = 1);
