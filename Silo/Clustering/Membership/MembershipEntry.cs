using System.Text.Json.Serialization;

namespace Orleans.Runtime.Membership;

/// <summary>One silo's row in the membership table, stored as compact JSON in the cluster's hash.</summary>
public sealed record MembershipEntry(
    string Endpoint,
    long Generation,
    SiloStatus Status,
    DateTimeOffset StartTime,
    DateTimeOffset IAmAliveTime)
{
    [JsonIgnore]
    public SiloAddress Address => new(Endpoint, Generation);
}
