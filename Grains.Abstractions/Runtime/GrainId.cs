using System.Globalization;

namespace Orleans;

/// <summary>The identity of a grain: its type name (for example "user") and its key, as a string.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public static GrainId Create(string type, long key) => new(type, key.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => $"{Type}/{Key}";
}
