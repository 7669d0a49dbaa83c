using System.Net;
using System.Text.Json;

namespace ApiHost.Api;

/// <summary>A request that passed the protocol's checks: its parameters as JSON, the fixed parameters, and what
/// the transport knows (client address, uploaded files).</summary>
public sealed record ApiRequest(
    JsonElement Data,
    FixedParameters Fixed,
    IPAddress ClientIp,
    IFormFileCollection? Files)
{
    /// <summary>Scheme, host and path base the client called ("https://api.example.com"), for absolute URLs.</summary>
    public string Origin { get; init; } = string.Empty;
}
