using Orleans.Grains.Mall;

namespace ApiHost.Admin.Catalog;

/// <summary>A goods with the live stock of each of its products, for admins.</summary>
public sealed record GoodsAdminView(GoodsInfo Goods, IReadOnlyList<StockLevel> Stock);
