using System.Text.Json.Serialization;

namespace ApiHost.Protocols.AppToken;

/// <summary>Every answer of seed 002: <c>{message, code, ok, data}</c>; data is null when there is none.</summary>
public sealed record AppTokenEnvelope(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("data")] object? Data = null);
