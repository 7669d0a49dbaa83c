using System.Globalization;
using ApiHost.Admin.Http;
using ApiHost.Api;

namespace ApiHost.Admin.Inputs;

/// <summary>Checks of admin input shared by the content resources; each failure is a 400 naming the field, thrown
/// before anything is written.</summary>
public static class AdminInput
{
    public const int MaxUrl = 500;

    /// <summary>The text, checked for presence, length and control characters (line breaks and tabs allowed).</summary>
    public static string Text(string field, string? value, int max, bool required = true)
    {
        if (value is null || (required && string.IsNullOrWhiteSpace(value)))
        {
            throw AdminException.Invalid(field, "is required");
        }

        if (value.Length > max)
        {
            throw AdminException.Invalid(field, $"must be at most {max} characters");
        }

        if (value.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
        {
            throw AdminException.Invalid(field, "must not contain control characters");
        }

        return required ? value.Trim() : value;
    }

    /// <summary>An http(s) URL or a path starting with "/" (empty when not required).</summary>
    public static string Url(string field, string? value, bool required = true)
    {
        var url = Text(field, value, MaxUrl, required).Trim();
        if (url.Length > 0 && (url.Any(char.IsWhiteSpace)
            || !(url.StartsWith('/') || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))))
        {
            throw AdminException.Invalid(field, "must be an http(s) URL or a path starting with /");
        }

        return url;
    }

    /// <summary>A "yyyy-MM-dd HH:mm:ss" time (China time), or null when absent or empty.</summary>
    public static DateTimeOffset? Time(string field, string? value) =>
        string.IsNullOrEmpty(value) ? null : ApiTime.Parse(value) ?? throw AdminException.Invalid(field, "must be yyyy-MM-dd HH:mm:ss");

    /// <summary>A publishing window: both bounds optional, the end after the start.</summary>
    public static (DateTimeOffset? Start, DateTimeOffset? End) Window(string? start, string? end)
    {
        var from = Time("start_time", start);
        var to = Time("end_time", end);
        return from is { } s && to is { } e && e <= s ? throw AdminException.Invalid("end_time", "must be after start_time") : (from, to);
    }

    public static void Range(string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw AdminException.Invalid(field, $"must be from {min} to {max}");
        }
    }

    /// <summary>An optional integer query parameter.</summary>
    public static long? QueryLong(IQueryCollection query, string name) =>
        One(query, name) is { } text
            ? long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : throw AdminException.Invalid(name, "must be one integer")
            : null;

    /// <summary>An optional boolean query parameter: true or false.</summary>
    public static bool? QueryBool(IQueryCollection query, string name) =>
        One(query, name) switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw AdminException.Invalid(name, "must be true or false"),
        };

    /// <summary>An optional text query parameter of at most <paramref name="max"/> characters.</summary>
    public static string? QueryText(IQueryCollection query, string name, int max) =>
        One(query, name) is { } text ? Text(name, text, max, required: false) : null;

    private static string? One(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw AdminException.Invalid(name, "must be given once"),
        };
    }

    public static string? Format(DateTimeOffset? time) => AdminTime.Format(time);
}
