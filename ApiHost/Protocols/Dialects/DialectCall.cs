using System.Net;
using System.Text.Json;

namespace ApiHost.Protocols.Dialects;

/// <summary>One call as a dialect parsed it: the method and version, the business parameters under the names of
/// seed 003, the session token from wherever the dialect carries it, and the client's fixed facts.</summary>
public sealed record DialectCall(
    string Method,
    string Version,
    IReadOnlyDictionary<string, JsonElement> Parameters,
    string? Token,
    int Platform,
    string AppId,
    IPAddress ClientIp)
{
    public string AppVersion { get; init; } = string.Empty;

    public string UniqueId { get; init; } = string.Empty;

    public string Origin { get; init; } = string.Empty;
}
