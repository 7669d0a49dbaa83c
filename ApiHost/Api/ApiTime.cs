using System.Globalization;

namespace ApiHost.Api;

/// <summary>Times as the protocol writes them: "yyyy-MM-dd HH:mm:ss" in China time (UTC+8), the original system's zone.</summary>
public static class ApiTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset time) =>
        time.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? time) => time is { } t ? Format(t) : null;

    /// <summary>Parses "yyyy-MM-dd HH:mm:ss" (or "yyyy-MM-dd") as China time; null when empty or malformed.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTime.TryParseExact(text.Trim(), ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Offset)
            : null;
    }
}
