using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Content;

/// <summary>A display window as two indexed integer columns (Unix milliseconds), open bounds stored as the extremes,
/// so "live now" is two range conditions any store can index.</summary>
internal static class WindowColumns
{
    public static long Start(DateTimeOffset? start) => start?.ToUnixTimeMilliseconds() ?? long.MinValue;

    public static long End(DateTimeOffset? end) => end?.ToUnixTimeMilliseconds() ?? long.MaxValue;

    /// <summary>published = 1 and start_at &lt;= now &lt; end_at (the rule of <see cref="ContentRules.IsLive"/>).</summary>
    public static IEnumerable<ReadModelFilter> Live(DateTimeOffset now)
    {
        var ms = now.ToUnixTimeMilliseconds();
        yield return new("published", ReadModelOperator.Equal, true);
        yield return new("start_at", ReadModelOperator.AtMost, ms);
        yield return new("end_at", ReadModelOperator.AtLeast, ms + 1);
    }
}
