using System.Text.Json;

namespace Orleans.Tools.LoadTest.Protocol;

/// <summary>Reads the protocol's envelope <c>{"code":200,"msg":"..","data":{..}}</c> (seed 003, 1.3.3).</summary>
public static class YafAnswer
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Turns an HTTP answer into an outcome. Non-2xx statuses and bodies that are not the envelope are
    /// outcomes too (never exceptions): under load they are data to count, not reasons to stop.</summary>
    public static CallOutcome Parse(int httpStatus, ReadOnlySpan<byte> body)
    {
        if (httpStatus is < 200 or > 299)
        {
            return new CallOutcome(OutcomeKind.HttpStatus, httpStatus, ReasonPhrase(httpStatus), default);
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray(), DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("code", out var codeElement) || !TryInt(codeElement, out var code))
            {
                return Invalid(body);
            }

            var message = root.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() ?? string.Empty : string.Empty;
            var data = root.TryGetProperty("data", out var payload) && payload.ValueKind == JsonValueKind.Object ? payload.Clone() : default;
            return new CallOutcome(OutcomeKind.Answer, code, message, data);
        }
        catch (JsonException)
        {
            return Invalid(body);
        }
    }

    private static bool TryInt(JsonElement element, out int value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt32(out value),
            JsonValueKind.String => int.TryParse(element.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    private static CallOutcome Invalid(ReadOnlySpan<byte> body)
    {
        // The first bytes help tell a proxy's error page from a different API; never the whole body.
        var preview = System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 60)]).ReplaceLineEndings(" ");
        return new CallOutcome(OutcomeKind.Invalid, 0, $"not a protocol answer: {preview}", default);
    }

    private static string ReasonPhrase(int status) =>
        Enum.IsDefined((System.Net.HttpStatusCode)status)
            ? ((System.Net.HttpStatusCode)status).ToString()
            : "HTTP error";
}
