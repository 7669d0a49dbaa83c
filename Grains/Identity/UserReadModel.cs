using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Identity;

/// <summary>The users table of admin lists, fed by <see cref="UserGrain"/>: newest first (by the key, user ids grow),
/// filtered by lock state (indexed) and by a part of the mobile number.</summary>
public sealed class UserReadModel(IReadModelStore store) : ReadModel<UserListing>(store)
{
    public static readonly ReadModelSchema Table = new(
        "rm_users",
        ReadModelColumnType.Integer,
        [
            new("mobile", ReadModelColumnType.Text, Indexed: true),
            new("locked", ReadModelColumnType.Integer, Indexed: true),
            new("reg_time", ReadModelColumnType.Integer, Indexed: true),
        ]);

    public override ReadModelSchema Schema => Table;

    protected override object KeyOf(UserListing row) => row.UserId;

    protected override IReadOnlyDictionary<string, object?> ValuesOf(UserListing row) => new Dictionary<string, object?>
    {
        ["mobile"] = row.Mobile,
        ["locked"] = row.Locked,
        ["reg_time"] = row.RegisteredAt.ToUnixTimeSeconds(),
    };
}
