using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Catalog;

/// <summary>Sales counts per goods, fed by <see cref="GoodsSalesGrain"/>: goods.list reads the counts of a whole page
/// with one query on the key, and <c>units</c> is indexed so that lists can later sort by sales.</summary>
public sealed class GoodsSalesReadModel(IReadModelStore store) : ReadModel<GoodsSalesRow>(store)
{
    public static readonly ReadModelSchema Table = new(
        "rm_goods_sales",
        ReadModelColumnType.Integer,
        [
            new("units", ReadModelColumnType.Integer, Indexed: true),
        ]);

    public override ReadModelSchema Schema => Table;

    protected override object KeyOf(GoodsSalesRow row) => row.GoodsId;

    protected override IReadOnlyDictionary<string, object?> ValuesOf(GoodsSalesRow row) => new Dictionary<string, object?>
    {
        ["units"] = row.Units,
    };
}
