using System.Text.Json.Serialization;

namespace ApiHost.Protocols.Yaf;

/// <summary>Every answer of the protocol: HTTP 200 with code, msg and, on success only, data.</summary>
public sealed record YafEnvelope(
    int Code,
    string Msg,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Data = null);
