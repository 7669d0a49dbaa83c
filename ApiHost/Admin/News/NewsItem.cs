using ApiHost.Admin.Http;
using Orleans.Grains.Content;

namespace ApiHost.Admin.News;

/// <summary>An article for admins; <c>content</c> only in single-article answers (lists leave it out).</summary>
public sealed record NewsItem(
    long NewsId,
    long CatId,
    string Title,
    string Intro,
    string ImageUrl,
    string Source,
    bool Published,
    string? StartTime,
    string? EndTime,
    string CTime,
    string UTime,
    string? Content = null)
{
    public static NewsItem From(NewsListing n) => new(
        n.NewsId, n.CatId, n.Title, n.Intro, n.ImageUrl, n.Source, n.Published,
        AdminTime.Format(n.StartTime), AdminTime.Format(n.EndTime), AdminTime.Format(n.CreatedAt), AdminTime.Format(n.UpdatedAt));

    public static NewsItem From(NewsInfo n) => From(n.ToListing()) with { Content = n.Content };
}
