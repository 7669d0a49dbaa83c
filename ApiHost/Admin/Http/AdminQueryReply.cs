using System.Text.Json.Serialization;

namespace ApiHost.Admin.Http;

/// <summary>The answer of a query: errCode, message, one page of records in <c>data</c> (always present, empty when
/// nothing matches) and <c>count</c>, the total number of matching records.</summary>
public sealed record AdminQueryReply<T>(
    [property: JsonPropertyName("errCode")] int ErrCode,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("data")] IReadOnlyList<T> Data,
    [property: JsonPropertyName("count")] long Count);
