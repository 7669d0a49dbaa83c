using System.Collections.Frozen;

namespace ApiHost.Protocols.Envelope;

/// <summary>Seed 004's Action names: its own four, and otherwise the method name itself (e.g. "goods.list").</summary>
public static class EnvelopeActions
{
    private static readonly FrozenDictionary<string, string> Named = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["register"] = "user.register",
        ["authenticate"] = "user.login",
        ["checkUpdate"] = "system.upgrade",
        ["getUserInfo"] = "user.detail",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string? MethodOf(string action) =>
        Named.TryGetValue(action, out var method) ? method : Dialects.RestRequestReader.MethodOf(action.Replace('.', '/'));
}
