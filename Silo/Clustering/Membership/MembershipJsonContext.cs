using System.Text.Json.Serialization;

namespace Orleans.Runtime.Membership;

/// <summary>Source-generated JSON for table entries: every process of the cluster reads what the others wrote, so
/// the form is fixed (camelCase, statuses by name) rather than left to reflection defaults.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(MembershipEntry))]
internal sealed partial class MembershipJsonContext : JsonSerializerContext;
