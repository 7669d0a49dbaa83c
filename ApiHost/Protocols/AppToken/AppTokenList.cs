using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApiHost.Protocols.AppToken;

/// <summary>A list in seed 002: <c>data.list</c> and <c>data.resultCount</c>, the total (for computing pages).</summary>
public sealed record AppTokenList(
    [property: JsonPropertyName("list")] IReadOnlyList<JsonElement> List,
    [property: JsonPropertyName("resultCount")] int ResultCount);
