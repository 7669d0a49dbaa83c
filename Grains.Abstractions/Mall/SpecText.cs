namespace Orleans.Grains.Mall;

/// <summary>The spec_val text of a product: "name:::value" pairs joined by "|||" (e.g. "颜色:::红色|||尺寸:::XL");
/// empty for a single-spec goods.</summary>
public static class SpecText
{
    public const string PairSeparator = "|||";
    public const string NameSeparator = ":::";

    /// <summary>The (name, value) pairs in order, or null when the text is not well formed (empty parts, a name
    /// twice). Empty text gives no pairs.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? Parse(string specVal)
    {
        if (specVal.Length == 0)
        {
            return [];
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in specVal.Split(PairSeparator))
        {
            var cut = part.IndexOf(NameSeparator, StringComparison.Ordinal);
            if (cut <= 0 || cut + NameSeparator.Length >= part.Length)
            {
                return null;
            }

            var name = part[..cut];
            var value = part[(cut + NameSeparator.Length)..];
            if (value.Contains(NameSeparator, StringComparison.Ordinal) || pairs.Any(p => p.Key == name))
            {
                return null;
            }

            pairs.Add(new(name, value));
        }

        return pairs;
    }
}
