using System.Text.Json;

namespace Orleans.Tests.Dialects;

/// <summary>A seed-004 answer: HTTP status, rspCode, rspMsg, the head, the raw msgContent, the decrypted body, and
/// whether the server's signature over it verified.</summary>
public sealed record EnvelopeAnswer(int Http, string RspCode, string RspMsg, JsonElement Head, string? MsgContent, JsonElement? Data, bool SignatureValid)
{
    public override string ToString() => $"HTTP {Http} {RspCode} {RspMsg} {Data?.GetRawText()}";
}
