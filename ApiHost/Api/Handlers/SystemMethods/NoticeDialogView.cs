using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>The start-up notice dialog of section 2.1; the client shows it once per edition.</summary>
public sealed record NoticeDialogView(string Title, string Summary, string Edition)
{
    public static NoticeDialogView From(NoticeInfo notice) => new(notice.Title, notice.Summary, notice.Edition);
}
