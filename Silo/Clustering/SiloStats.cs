using System.Text.Json.Serialization;

namespace Orleans.Runtime;

/// <summary>The answer of a silo's <c>GET /stats</c>.</summary>
public sealed record SiloStats(
    [property: JsonPropertyName("silo")] string? Silo,
    [property: JsonPropertyName("serving")] bool Serving,
    [property: JsonPropertyName("view_version")] long ViewVersion,
    [property: JsonPropertyName("active_silos")] int ActiveSilos,
    [property: JsonPropertyName("activations")] int Activations,
    [property: JsonPropertyName("keys"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Keys);
