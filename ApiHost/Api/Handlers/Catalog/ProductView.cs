namespace ApiHost.Api.Handlers.Catalog;

/// <summary>A product in goods.detail. <c>arr_spec_val</c> is an empty array for a single-spec goods and an object
/// (spec name to value) otherwise; <c>stock</c> is what the stock grain has available now.</summary>
public sealed record ProductView(long Productid, int MarketPrice, int SalesPrice, int Stock, string SpecVal, string Skuid, object ArrSpecVal);
