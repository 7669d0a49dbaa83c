using ApiHost.Admin.Http;
using Orleans.Grains.Content;

namespace ApiHost.Admin.Notices;

/// <summary>A system notice. Clients see it only while published and inside [start_time, end_time) (an absent bound is
/// open). An <c>is_dialog</c> notice is also the start-up dialog of system.init; <c>edition</c> changes whenever its
/// text changes, so an edited dialog pops up again.</summary>
public sealed record NoticeItem(
    long NoticeId,
    string Title,
    string Summary,
    string Body,
    bool IsDialog,
    bool Published,
    string? StartTime,
    string? EndTime,
    string CTime,
    string UTime,
    string Edition)
{
    public static NoticeItem From(NoticeInfo n) => new(
        n.NoticeId, n.Title, n.Summary, n.Body, n.IsDialog, n.Published, AdminTime.Format(n.StartTime), AdminTime.Format(n.EndTime),
        AdminTime.Format(n.CreatedAt), AdminTime.Format(n.UpdatedAt), n.Edition);
}
