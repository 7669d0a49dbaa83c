using System.Text.Json;

namespace ApiHost.Protocols.Envelope;

/// <summary>The request head of seed 004. Names are matched after trimming (the seed itself writes "ClientIMEI "
/// and "Action "); TxnSrlNo, the seed's example spelling, is read as TradeSerialNo. AppId is this product's addition.</summary>
public sealed record EnvelopeHead(
    string? ClientType,
    string? ClientImei,
    string? AppVersion,
    string? Action,
    string? Token,
    string? TradeSerialNo,
    string? SignType,
    string? Sign,
    string? AppId)
{
    private const int MaxFieldLength = 128;
    private const int MaxSignLength = 4096;

    public static EnvelopeHead Read(JsonElement head)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in head.EnumerateObject())
        {
            var name = property.Name.Trim();
            var limit = name == "Sign" ? MaxSignLength : MaxFieldLength;
            if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number &&
                (property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()) is { Length: > 0 } text &&
                text.Length <= limit)
            {
                fields[name] = text;
            }
        }

        return new EnvelopeHead(
            fields.GetValueOrDefault("ClientType"),
            fields.GetValueOrDefault("ClientIMEI"),
            fields.GetValueOrDefault("AppVersion"),
            fields.GetValueOrDefault("Action"),
            fields.GetValueOrDefault("Token"),
            fields.GetValueOrDefault("TradeSerialNo") ?? fields.GetValueOrDefault("TxnSrlNo"),
            fields.GetValueOrDefault("SignType"),
            fields.GetValueOrDefault("Sign"),
            fields.GetValueOrDefault("AppId"));
    }

    /// <summary>Seed 003's platform for the ClientType: iOS 1, Android 2, H5 3, Web 4; null for anything else.</summary>
    public int? Platform => ClientType?.Trim().ToUpperInvariant() switch
    {
        "IOS" => 1,
        "ANDROID" => 2,
        "H5" => 3,
        "WEB" => 4,
        _ => null,
    };
}
