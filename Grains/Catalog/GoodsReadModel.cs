using Orleans.Grains.Mall;
using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Catalog;

/// <summary>The goods list and search table, fed by <see cref="GoodsGrain"/>. Filters of goods.list and the admin
/// goods list run here: by category, visibility and price (indexed) and by name (substring scan of the rows left).</summary>
public sealed class GoodsReadModel(IReadModelStore store) : ReadModel<GoodsListing>(store)
{
    public static readonly ReadModelSchema Table = new(
        "rm_goods",
        ReadModelColumnType.Integer,
        [
            new("cat_id", ReadModelColumnType.Integer, Indexed: true),
            new("listed", ReadModelColumnType.Integer, Indexed: true),
            new("min_price", ReadModelColumnType.Integer, Indexed: true),
            new("max_price", ReadModelColumnType.Integer, Indexed: true),
            new("name", ReadModelColumnType.Text),
        ]);

    public override ReadModelSchema Schema => Table;

    public static GoodsListing ToListing(GoodsInfo goods)
    {
        var enabled = goods.Products.Where(p => p.Enabled).ToList();
        var priced = enabled.Count > 0 ? enabled : goods.Products;
        return new GoodsListing(
            goods.GoodsId,
            goods.Name,
            goods.CatId,
            goods.OnSale,
            goods.OnSale && enabled.Count > 0,
            priced.Count == 0 ? 0 : priced.Min(p => p.SalesPrice),
            priced.Count == 0 ? 0 : priced.Max(p => p.SalesPrice),
            priced.Count == 0 ? 0 : priced.Min(p => p.MarketPrice),
            priced.Count == 0 ? 0 : priced.Max(p => p.MarketPrice),
            goods.Image);
    }

    protected override object KeyOf(GoodsListing row) => row.GoodsId;

    protected override IReadOnlyDictionary<string, object?> ValuesOf(GoodsListing row) => new Dictionary<string, object?>
    {
        ["cat_id"] = row.CatId,
        ["listed"] = row.Listed,
        ["min_price"] = row.MinPrice,
        ["max_price"] = row.MaxPrice,
        ["name"] = row.Name,
    };
}
