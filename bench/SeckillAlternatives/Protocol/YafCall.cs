using System.Globalization;
using System.Text.Json;

namespace Bench.Alternatives.Protocol;

/// <summary>A verified request: the method and the business parameters of data.</summary>
public sealed class YafCall(string method, JsonElement data)
{
    public string Method => method;

    public string? String(string name) =>
        data.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    public long? Long(string name) =>
        long.TryParse(String(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
