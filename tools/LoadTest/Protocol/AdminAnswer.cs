using System.Text.Json;

namespace Orleans.Tools.LoadTest.Protocol;

/// <summary>An answer of the admin REST API (seed 001): <c>{"errCode":0,"message":"OK","count":N,"data":[...]}</c>.</summary>
public sealed record AdminAnswer(int HttpStatus, int ErrCode, string Message, long Count, JsonElement Data)
{
    public bool Ok => HttpStatus is >= 200 and <= 299 && ErrCode == 0;

    /// <summary>The data array's elements (empty when absent).</summary>
    public IEnumerable<JsonElement> Records => Data.ValueKind == JsonValueKind.Array ? Data.EnumerateArray() : [];

    public JsonElement? First => Records.Cast<JsonElement?>().FirstOrDefault();

    /// <summary>Reads the envelope; a body that is not one becomes errCode -1 with a short description.</summary>
    public static AdminAnswer Parse(int httpStatus, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && JsonRead.Int(root, "errCode") is { } errCode)
            {
                return new AdminAnswer(
                    httpStatus,
                    errCode,
                    JsonRead.String(root, "message") ?? string.Empty,
                    JsonRead.Long(root, "count") ?? 0,
                    root.TryGetProperty("data", out var data) ? data.Clone() : default);
            }
        }
        catch (JsonException)
        {
            // Not JSON: described below, like any other body that is not the envelope.
        }

        var preview = body.Length > 80 ? body[..80] : body;
        return new AdminAnswer(httpStatus, -1, $"HTTP {httpStatus}, not an admin API answer{(preview.Length > 0 ? ": " + preview.ReplaceLineEndings(" ") : string.Empty)}", 0, default);
    }
}
