using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>One article of section 2.22's list.</summary>
public sealed record NewsListView(long NewsId, string Title, string Intro, string ImageUrl, string Source, string CTime)
{
    public static NewsListView From(NewsListing news) =>
        new(news.NewsId, news.Title, news.Intro, news.ImageUrl, news.Source, ApiTime.Format(news.CreatedAt));
}
