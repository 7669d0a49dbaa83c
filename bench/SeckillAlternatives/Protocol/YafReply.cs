using System.Text.Json.Serialization;

namespace Bench.Alternatives.Protocol;

/// <summary>The envelope of seed 003: code, msg, data (an object, {} when there is none).</summary>
public sealed record YafReply(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("msg")] string Msg,
    [property: JsonPropertyName("data")] object Data)
{
    public static readonly object Empty = new Dictionary<string, object>();

    public static YafReply Ok(object data, string msg = "success") => new(200, msg, data);

    public static YafReply Fail(int code, string msg) => new(code, msg, Empty);
}
