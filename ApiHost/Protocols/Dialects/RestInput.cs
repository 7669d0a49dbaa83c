using System.Text.Json;

namespace ApiHost.Protocols.Dialects;

/// <summary>A REST dialect's request after parsing: the method named by the route, the version (parameter v, default
/// 1.0.0), and the parameters of query and body together (the body wins on a name in both).</summary>
public sealed record RestInput(string Method, string Version, Dictionary<string, JsonElement> Parameters)
{
    /// <summary>A parameter as text (strings as they are, numbers and booleans as written); null when absent or empty.</summary>
    public string? Text(string name) =>
        Parameters.TryGetValue(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String when value.GetString() is { Length: > 0 } text => text,
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>Removes a dialect's own parameter (token, paging) so handlers see only the names of seed 003.</summary>
    public string? Take(string name)
    {
        var text = Text(name);
        Parameters.Remove(name);
        return text;
    }
}
