namespace Orleans.Grains.Content;

/// <summary>The one visibility rule of content: published, and now inside [start, end) where a null bound is open.</summary>
internal static class PublishWindow
{
    public static bool IsLive(bool published, DateTimeOffset? start, DateTimeOffset? end, DateTimeOffset now) =>
        published && (start is null || start <= now) && (end is null || now < end);

    public static void Validate(DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is { } s && end is { } e && e <= s)
        {
            throw new ArgumentException("The end time must be after the start time.");
        }
    }

    public static void RequireText(string? value, string name, int maxLength, bool required = true)
    {
        if (value is null || (required && string.IsNullOrWhiteSpace(value)) || value.Length > maxLength)
        {
            throw new ArgumentException($"{name} must be {(required ? "1" : "0")}-{maxLength} characters.", name);
        }
    }
}
