using System.Text.Json.Serialization;

namespace ApiHost.Admin.Http;

/// <summary>The answer of a write, and of every error: <c>{"errCode":0,"message":"OK"}</c>.</summary>
public sealed record AdminReply(
    [property: JsonPropertyName("errCode")] int ErrCode,
    [property: JsonPropertyName("message")] string Message);
