using System.Text.Json;

namespace Orleans.Tests.TestKit;

/// <summary>An answer of the signed protocol: HTTP status, code, msg and data (absent on errors).</summary>
public sealed record YafReply(int HttpStatus, int Code, string Msg, JsonElement? Data)
{
    public string Str(string name) => Data!.Value.GetProperty(name).ValueKind == JsonValueKind.String
        ? Data.Value.GetProperty(name).GetString()!
        : Data.Value.GetProperty(name).GetRawText();

    public override string ToString() => $"HTTP {HttpStatus} code {Code} msg {Msg} data {Data?.GetRawText()}";
}
