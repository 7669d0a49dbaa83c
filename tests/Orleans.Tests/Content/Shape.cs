using System.Text.Json;

namespace Orleans.Tests.Content;

/// <summary>Asserts the document's shapes: exactly these fields, each of this JSON kind.</summary>
public static class Shape
{
    public static void Is(JsonElement element, params (string Name, JsonValueKind Kind)[] fields)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal(fields.Select(f => f.Name).Order(), element.EnumerateObject().Select(p => p.Name).Order());
        foreach (var (name, kind) in fields)
        {
            var value = element.GetProperty(name);
            Assert.True(kind == value.ValueKind, $"{name} is {value.ValueKind}, expected {kind}: {element.GetRawText()}");
        }
    }

    /// <summary>The page fields of every list: total, page, count (the page size, 20), isnext, list.</summary>
    public static void IsPage(JsonElement data, int total, int page, bool isnext, int items)
    {
        Is(data, ("list", JsonValueKind.Array), ("total", JsonValueKind.Number), ("page", JsonValueKind.Number),
            ("count", JsonValueKind.Number), ("isnext", isnext ? JsonValueKind.True : JsonValueKind.False));
        Assert.Equal((total, page, 20, items), (data.GetProperty("total").GetInt32(), data.GetProperty("page").GetInt32(),
            data.GetProperty("count").GetInt32(), data.GetProperty("list").GetArrayLength()));
    }

    public static IReadOnlyList<string> Strings(JsonElement array, string field) =>
        array.EnumerateArray().Select(e => e.GetProperty(field).GetString()!).ToList();

    public static IReadOnlyList<long> Longs(JsonElement array, string field) =>
        array.EnumerateArray().Select(e => e.GetProperty(field).GetInt64()).ToList();

    public const JsonValueKind Num = JsonValueKind.Number;
    public const JsonValueKind Str = JsonValueKind.String;
}
