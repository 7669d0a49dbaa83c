namespace Orleans.Grains.Content;

public sealed class NoticeReadMarkerState
{
    /// <summary>Notices that became visible at or before this time are read; null before the first read.</summary>
    public DateTimeOffset? ReadUpTo { get; set; }
}
