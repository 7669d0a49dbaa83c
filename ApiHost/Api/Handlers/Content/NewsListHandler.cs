using ApiHost.Api.Handlers.Catalog;
using Orleans.Grains.Catalog;
using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>news.list (section 2.22): live articles, newest first, 20 per page, from the news read model; a category
/// includes its visible subcategories, and a hidden or unknown category has no articles.</summary>
public sealed class NewsListHandler : ApiHandler<NewsListParameters, PagedResult<NewsListView>>
{
    public override string Method => "news.list";

    protected override async Task<ApiResult> HandleAsync(NewsListParameters parameters, ApiContext context)
    {
        if (parameters.CatId < -1)
        {
            throw ApiException.Parameter("cat_id", "未指定分类时请传 -1");
        }

        IReadOnlyList<long>? catIds = null;
        if (parameters.CatId > 0)
        {
            var all = await context.Grains.GetGrain<ICategoryTreeGrain>(CategoryTree.Key).List();
            catIds = CategoryTree.WithDescendants(all, CategoryType.Article, parameters.CatId);
        }

        var page = ContentPages.Normalize(parameters.Page);
        var (offset, limit) = ContentPages.Window(page);
        var found = await context.Grains.GetGrain<IContentSearchGrain>(0).SearchNews(new NewsSearch(catIds, LiveOnly: true, Offset: offset, Limit: limit));
        return Ok("success", ContentPages.Of(found.News.Select(NewsListView.From).ToList(), found.Total, page));
    }
}
