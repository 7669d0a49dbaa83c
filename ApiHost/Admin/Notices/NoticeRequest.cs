namespace ApiHost.Admin.Notices;

/// <summary>A notice as created or replaced. Times "yyyy-MM-dd HH:mm:ss" (China time); an absent bound is open.
/// Unpublished until <c>published</c> is true.</summary>
public sealed record NoticeRequest(
    string Title,
    string Summary = "",
    string Body = "",
    bool IsDialog = false,
    bool Published = false,
    string? StartTime = null,
    string? EndTime = null);
