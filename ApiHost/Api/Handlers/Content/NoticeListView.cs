using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>One notice of section 2.17's list.</summary>
public sealed record NoticeListView(long Noticeid, string Title, string Summary, string CTime)
{
    public static NoticeListView From(NoticeInfo notice) => new(notice.NoticeId, notice.Title, notice.Summary, ApiTime.Format(notice.CreatedAt));
}
