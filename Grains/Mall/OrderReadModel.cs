using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Mall;

/// <summary>The orders table of admin queries, fed by <see cref="OrderGrain"/>: filters by user, status, flash sale
/// and creation time run on indexes; each row carries the whole order.</summary>
public sealed class OrderReadModel(IReadModelStore store) : ReadModel<OrderRecord>(store)
{
    public static readonly ReadModelSchema Table = new(
        "rm_orders",
        ReadModelColumnType.Text,
        [
            new("userid", ReadModelColumnType.Integer, Indexed: true),
            new("order_status", ReadModelColumnType.Integer, Indexed: true),
            new("seckill_id", ReadModelColumnType.Integer, Indexed: true),
            new("created", ReadModelColumnType.Integer, Indexed: true),
        ]);

    public override ReadModelSchema Schema => Table;

    protected override object KeyOf(OrderRecord row) => row.OrderSn;

    protected override IReadOnlyDictionary<string, object?> ValuesOf(OrderRecord row) => new Dictionary<string, object?>
    {
        ["userid"] = row.UserId,
        ["order_status"] = (long)row.Status,
        ["seckill_id"] = row.SeckillId,
        ["created"] = row.CreatedAt.ToUnixTimeSeconds(),
    };
}
