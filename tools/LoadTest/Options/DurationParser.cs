using System.Globalization;
using System.Text.RegularExpressions;

namespace Orleans.Tools.LoadTest.Options;

/// <summary>Durations as load testers write them: 500ms, 30s, 2m, 1h, 1.5m; a bare number is seconds.</summary>
public static partial class DurationParser
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success || !double.TryParse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        var seconds = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "ms" => amount / 1000,
            "m" or "min" => amount * 60,
            "h" => amount * 3600,
            _ => amount,
        };
        if (seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    [GeneratedRegex(@"^(?<n>\d{1,9}(\.\d{1,6})?)(?<unit>ms|s|m|min|h)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
