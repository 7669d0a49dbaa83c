namespace ApiHost.Admin.News;

/// <summary>An article as an admin sets it: its article category (cat_type 1), texts, and when clients see it:
/// <c>published</c> and an optional window (<c>start_time</c>/<c>end_time</c>, "yyyy-MM-dd HH:mm:ss" China time).</summary>
public sealed record NewsRequest(
    long CatId,
    string Title,
    string Intro = "",
    string ImageUrl = "",
    string Source = "",
    string Content = "",
    bool Published = true,
    string? StartTime = null,
    string? EndTime = null);
