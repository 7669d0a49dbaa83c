namespace Orleans.Grains.Content;

/// <summary>Checks shared by every kind of content; each answers the first problem, or null.</summary>
public static class ContentRules
{
    /// <summary>Text of at most <paramref name="maxLength"/> characters, without control characters other than line
    /// breaks and tabs (they break the clients' layouts and logs); a required text is not blank.</summary>
    public static FieldProblem? Text(string? value, string field, int maxLength, bool required = true)
    {
        if (value is null || (required && string.IsNullOrWhiteSpace(value)))
        {
            return new(field, $"required, 1 to {maxLength} characters");
        }

        if (value.Length > maxLength)
        {
            return new(field, $"at most {maxLength} characters");
        }

        return value.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
            ? new(field, "must not contain control characters")
            : null;
    }

    /// <summary>A link target (external URL or in-app link): one line without spaces.</summary>
    public static FieldProblem? Url(string? value, string field, int maxLength, bool required = true) =>
        Text(value, field, maxLength, required)
        ?? (value!.Any(char.IsWhiteSpace) ? new(field, "must not contain spaces or line breaks") : null);

    /// <summary>The display window: when both bounds are given the end comes after the start.</summary>
    public static FieldProblem? Window(DateTimeOffset? start, DateTimeOffset? end) =>
        start is { } s && end is { } e && e <= s ? new("end_time", "must be after start_time") : null;

    public static FieldProblem? Sort(int sort) =>
        sort is < 0 or > MaxSort ? new("sort", $"must be from 0 to {MaxSort}") : null;

    public const int MaxSort = 1_000_000;

    /// <summary>Published, and now inside [start, end) where a null bound is open (the rule of every content kind).</summary>
    public static bool IsLive(bool published, DateTimeOffset? start, DateTimeOffset? end, DateTimeOffset now) =>
        published && (start is null || start <= now) && (end is null || now < end);
}
