using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>Section 2.23's data.</summary>
public sealed record NewsDetailView(long NewsId, string Title, string Intro, string ImageUrl, string Source, string CTime, string Content)
{
    public static NewsDetailView From(NewsInfo news) =>
        new(news.NewsId, news.Title, news.Intro, news.ImageUrl, news.Source, ApiTime.Format(news.CreatedAt), news.Content);
}
