using System.Text.Json;

namespace ApiHost.Api;

/// <summary>Which field a binding failure is about, so every protocol can name it in its error: from the JSON path
/// ("$.number"), else from the missing-required list ("... type 'T' was missing required properties including:
/// 'number'." — the first name after "including:", not the type name quoted before it), else from the first quoted
/// name (an unknown property).</summary>
public static class JsonErrorField
{
    private const int MaxNameLength = 64;

    public static string From(JsonException exception, string fallback)
    {
        if (exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal))
        {
            return path[2..].Split('.', '[')[0];
        }

        var message = exception.Message;
        var listed = message.IndexOf("including:", StringComparison.Ordinal);
        var quote = message.IndexOf('\'', Math.Max(listed, 0));
        var end = quote < 0 ? -1 : message.IndexOf('\'', quote + 1);
        return end > quote + 1 && end - quote <= MaxNameLength ? message[(quote + 1)..end] : fallback;
    }
}
