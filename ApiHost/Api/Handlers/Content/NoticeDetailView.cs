using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>Section 2.18's data.</summary>
public sealed record NoticeDetailView(long Noticeid, string Title, string Summary, string Body, string CTime)
{
    public static NoticeDetailView From(NoticeInfo notice) =>
        new(notice.NoticeId, notice.Title, notice.Summary, notice.Body, ApiTime.Format(notice.CreatedAt));
}
