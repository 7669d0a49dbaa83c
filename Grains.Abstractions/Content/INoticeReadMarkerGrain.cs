namespace Orleans.Grains.Content;

/// <summary>How far one user has read a notice board, keyed by user id: notices that became visible after the marker
/// are unread (section 2.19). The marker only moves forward.</summary>
public interface INoticeReadMarkerGrain : IGrainWithIntegerKey
{
    /// <summary>Live notices of <paramref name="board"/> that became visible after the marker.</summary>
    Task<int> CountUnread(string board);

    /// <summary>The user saw the board's list: everything visible now is read.</summary>
    Task MarkAllRead();

    /// <summary>The user opened a notice: it, and every notice visible before it, is read.</summary>
    Task MarkReadUpTo(NoticeInfo notice);
}
