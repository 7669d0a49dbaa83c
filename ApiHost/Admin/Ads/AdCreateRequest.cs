namespace ApiHost.Admin.Ads;

/// <summary>A new ad in the position whose code is <c>position</c>. Times "yyyy-MM-dd HH:mm:ss" (China time); an
/// absent bound is open. Unpublished until <c>published</c> is true.</summary>
public sealed record AdCreateRequest(
    string Position,
    string AdName,
    string AdImageUrl,
    string AdUrl = "",
    int Sort = 0,
    bool Published = false,
    string? StartTime = null,
    string? EndTime = null);
