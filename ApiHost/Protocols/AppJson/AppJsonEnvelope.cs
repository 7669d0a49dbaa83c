using System.Text.Json.Serialization;

namespace ApiHost.Protocols.AppJson;

/// <summary>Every answer of seed 000: <c>{status, msg, data}</c>; data only when there is some.</summary>
public sealed record AppJsonEnvelope(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("msg")] string Msg,
    [property: JsonPropertyName("data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Data = null);
