namespace ApiHost.Api.Handlers.Catalog;

/// <summary>Section 2.15: the subtree under <paramref name="Parentid"/> (0 = from the roots) of one cat_type.</summary>
public sealed record CategoryListParameters(int CatType, long Parentid = 0);
