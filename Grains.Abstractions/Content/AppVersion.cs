using System.Globalization;

namespace Orleans.Grains.Content;

/// <summary>Compares dotted app versions by number ("1.0.10" is newer than "1.0.9"); missing parts are 0, and a part
/// that is not a number counts as 0, so an empty or odd client version is treated as the oldest.</summary>
public static class AppVersion
{
    private const int MaxParts = 8;

    public static int Compare(string? left, string? right)
    {
        var a = Parts(left);
        var b = Parts(right);
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var difference = (i < a.Length ? a[i] : 0).CompareTo(i < b.Length ? b[i] : 0);
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    /// <summary>True for versions an admin may store: 1 to 8 numeric parts ("2", "1.0.1").</summary>
    public static bool IsWellFormed(string? version) =>
        version is { Length: > 0 and <= 32 } &&
        version.Split('.') is { Length: <= MaxParts } parts &&
        parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit) && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));

    private static int[] Parts(string? version) =>
        (version ?? string.Empty).Split('.', MaxParts + 1).Take(MaxParts)
            .Select(p => int.TryParse(p.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .ToArray();
}
