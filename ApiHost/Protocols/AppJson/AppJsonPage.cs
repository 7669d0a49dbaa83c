using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApiHost.Protocols.AppJson;

/// <summary>A list in seed 000: the rows, the page asked for, whether more rows follow (mini programs stop on an
/// empty page), and <c>totalItem</c> only for callers that ask for it (back-office lists).</summary>
public sealed record AppJsonPage(
    [property: JsonPropertyName("list")] IReadOnlyList<JsonElement> List,
    [property: JsonPropertyName("pageNum")] int PageNum,
    [property: JsonPropertyName("pageSize")] int PageSize,
    [property: JsonPropertyName("hasMore")] bool HasMore,
    [property: JsonPropertyName("totalItem"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? TotalItem);
