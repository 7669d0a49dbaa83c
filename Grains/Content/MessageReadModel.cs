using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Content;

/// <summary>The messages table of message.list (a user's messages and those to everyone) and the admin list, fed by
/// <see cref="MessageGrain"/>. Each row carries the whole message (its content is bounded).</summary>
public sealed class MessageReadModel(IReadModelStore store) : ReadModel<MessageInfo>(store)
{
    public static readonly ReadModelSchema Table = new(
        "rm_messages",
        ReadModelColumnType.Integer,
        [
            new("userid", ReadModelColumnType.Integer, Indexed: true),
            new("published", ReadModelColumnType.Integer, Indexed: true),
            new("start_at", ReadModelColumnType.Integer, Indexed: true),
            new("end_at", ReadModelColumnType.Integer, Indexed: true),
        ]);

    public override ReadModelSchema Schema => Table;

    protected override object KeyOf(MessageInfo row) => row.MsgId;

    protected override IReadOnlyDictionary<string, object?> ValuesOf(MessageInfo row) => new Dictionary<string, object?>
    {
        ["userid"] = row.UserId,
        ["published"] = row.Published,
        ["start_at"] = WindowColumns.Start(row.StartTime),
        ["end_at"] = WindowColumns.End(row.EndTime),
    };
}
