using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApiHost.Protocols.RestV1;

/// <summary>Every answer of seed 001: errCode and message; count and data (an array) when there is data.</summary>
public sealed record RestV1Envelope(
    [property: JsonPropertyName("errCode")] int ErrCode,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("count"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Count = null,
    [property: JsonPropertyName("data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonElement>? Data = null);
