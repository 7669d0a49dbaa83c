using System.Text.Json;

namespace ApiHost.Protocols.Dialects;

/// <summary>A list answer, rows already serialized: the rows, the total of matching rows, and the page number and
/// size in the caller's terms.</summary>
public sealed record DialectPage(IReadOnlyList<JsonElement> Items, int Total, int Page, int Size, bool HasNext);
