namespace Orleans.Runtime.Membership;

/// <summary>The whole table read at once (one HGETALL). <see cref="Exists"/> is false when the hash is missing, e.g.
/// after Redis restarted without persistence; <see cref="Epoch"/> changes whenever the table is created anew, so a
/// silo can tell "my entry was removed" (same epoch) from "the table was lost" (new epoch).</summary>
internal sealed record MembershipSnapshot(bool Exists, long Version, string? Epoch, IReadOnlyDictionary<string, MembershipRow> Rows)
{
    public static MembershipSnapshot Missing { get; } = new(false, 0, null, new Dictionary<string, MembershipRow>());
}
