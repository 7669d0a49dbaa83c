using ApiHost.Admin.ContentAdmin;
using ApiHost.Admin.Http;
using Orleans;
using Orleans.Grains.Catalog;
using Orleans.Grains.Common;
using Orleans.Grains.Content;

namespace ApiHost.Admin.News;

/// <summary>Articles for admins: lists on the news read model (through the content search grain), single articles and
/// changes on the article's own grain, which validates again and feeds the read model.</summary>
public sealed class NewsAdminService(IGrainFactory grains)
{
    /// <summary>Articles newest first, published or not; filters cat_id (exactly that category) and keywords (title).</summary>
    public async Task<(IReadOnlyList<NewsItem> Page, long Total)> QueryAsync(IQueryCollection query, AdminPaging paging)
    {
        var catId = ContentInput.Long(query, "cat_id");
        var keywords = ContentInput.Text(query, "keywords", NewsSearch.MaxKeywordsLength) ?? string.Empty;
        var found = await grains.GetGrain<IContentSearchGrain>(0).SearchNews(new NewsSearch(
            catId is { } id ? [id] : null, keywords, LiveOnly: false, (long)(paging.Page - 1) * paging.Limit, paging.Limit));
        return (found.News.Select(NewsItem.From).ToList(), found.Total);
    }

    public async Task<NewsItem> GetAsync(long newsId) =>
        NewsItem.From(await FindAsync(newsId) ?? throw AdminException.NotFound($"news {newsId}"));

    public async Task<NewsItem> CreateAsync(NewsRequest request)
    {
        var news = await ValidateAsync(request);
        var id = await grains.GetGrain<IIdGeneratorGrain>("news").Next();
        return NewsItem.From(await grains.GetGrain<INewsGrain>(id).Create(news with { NewsId = id }));
    }

    public async Task<NewsItem> UpdateAsync(long newsId, NewsRequest request)
    {
        if (await FindAsync(newsId) is null)
        {
            throw AdminException.NotFound($"news {newsId}");
        }

        var news = await ValidateAsync(request);
        return await grains.GetGrain<INewsGrain>(newsId).Update(news with { NewsId = newsId }) is { } stored
            ? NewsItem.From(stored)
            : throw AdminException.NotFound($"news {newsId}");
    }

    public async Task DeleteAsync(long newsId)
    {
        if (newsId <= 0 || !await grains.GetGrain<INewsGrain>(newsId).Delete())
        {
            throw AdminException.NotFound($"news {newsId}");
        }
    }

    /// <summary>Ids come from a sequence starting at 1, so other ids are never looked up (no grain for them).</summary>
    private async Task<NewsInfo?> FindAsync(long newsId) => newsId > 0 ? await grains.GetGrain<INewsGrain>(newsId).Get() : null;

    private async Task<NewsInfo> ValidateAsync(NewsRequest r)
    {
        var news = new NewsInfo(
            0, r.CatId, r.Title.Trim(), r.Intro.Trim(), r.ImageUrl.Trim(), r.Source.Trim(), r.Content, r.Published,
            ContentInput.Time(r.StartTime, "start_time"), ContentInput.Time(r.EndTime, "end_time"));
        ContentInput.ThrowIfInvalid(news.Check());
        await ContentInput.CategoryAsync(grains, r.CatId, CategoryType.Article);
        return news;
    }
}
