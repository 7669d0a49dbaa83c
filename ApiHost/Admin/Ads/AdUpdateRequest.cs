namespace ApiHost.Admin.Ads;

/// <summary>Replaces an ad's fields (its position stays). An absent time is an open bound.</summary>
public sealed record AdUpdateRequest(
    string AdName,
    string AdImageUrl,
    string AdUrl = "",
    int Sort = 0,
    bool Published = false,
    string? StartTime = null,
    string? EndTime = null);
