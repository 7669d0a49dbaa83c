using System.Text.Json;

namespace Orleans.Tests.TestKit;

/// <summary>An answer of the admin REST API: HTTP status, the raw body and the envelope's fields (data and count
/// only when present).</summary>
public sealed record AdminResponse(int HttpStatus, string Body, int ErrCode, string Message, JsonElement? Data, long? Count)
{
    /// <summary>The first record of data.</summary>
    public JsonElement First => Data!.Value[0];

    public override string ToString() => $"HTTP {HttpStatus} {Body}";
}
