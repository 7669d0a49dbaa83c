namespace ApiHost.Admin.Catalog;

/// <summary>A product of a goods being created or updated. <paramref name="ProductId"/> 0 is a new product;
/// <paramref name="Stock"/> is the opening stock of a new product (existing products change stock only through a
/// stock adjustment). Prices are gold coins.</summary>
public sealed record ProductInput(long ProductId, string SpecVal, string Skuid, int MarketPrice, int SalesPrice, int Stock = 0, bool Enabled = true);
