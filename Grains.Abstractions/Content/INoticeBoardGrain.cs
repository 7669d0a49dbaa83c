namespace Orleans.Grains.Content;

/// <summary>The system notices of one board, keyed by board name ("app" for the mobile apps). Notices are few and
/// read together (list, dialog), so one grain holds them all; ids are global (sequence "notice").</summary>
public interface INoticeBoardGrain : IGrainWithStringKey
{
    /// <summary>Creates (NoticeId 0) or replaces a notice and answers it as stored; an unknown NoticeId is refused.</summary>
    Task<NoticeInfo> Save(NoticeInfo notice);

    /// <summary>False when there was no such notice.</summary>
    Task<bool> Delete(long noticeId);

    /// <summary>Any notice, published or not (admins); null when unknown.</summary>
    Task<NoticeInfo?> Get(long noticeId);

    /// <summary>Every notice, newest first (admins).</summary>
    Task<IReadOnlyList<NoticeInfo>> List();

    /// <summary>What clients see now: published notices inside their window, newest first.</summary>
    Task<IReadOnlyList<NoticeInfo>> GetPublished();

    /// <summary>The newest visible dialog notice, or null.</summary>
    Task<NoticeInfo?> GetDialog();
}
