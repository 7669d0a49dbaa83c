using Orleans.Concurrency;
using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Content;

[Reentrant]
public sealed class ContentSearchGrain(NewsReadModel news, MessageReadModel messages, TimeProvider clock) : Grain, IContentSearchGrain
{
    /// <summary>Most values of one In filter the read-model stores accept.</summary>
    public const int MaxIds = 500;

    public async Task<NewsSearchResult> SearchNews(NewsSearch search)
    {
        CheckWindow(search.Offset, search.Limit, NewsSearch.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.Keywords.Length, NewsSearch.MaxKeywordsLength);
        var filters = new List<ReadModelFilter>();
        if (search.LiveOnly)
        {
            filters.AddRange(WindowColumns.Live(clock.GetUtcNow()));
        }

        if (search.CatIds is { } catIds)
        {
            if (catIds.Count == 0)
            {
                return new NewsSearchResult([], 0);
            }

            ArgumentOutOfRangeException.ThrowIfGreaterThan(catIds.Count, MaxIds);
            filters.Add(new("cat_id", ReadModelOperator.In, catIds.ToArray()));
        }

        if (search.Keywords.Trim() is { Length: > 0 } keywords)
        {
            filters.Add(new("title", ReadModelOperator.Contains, keywords));
        }

        var page = await news.QueryAsync(new ReadModelQuery(filters, ReadModelSchema.KeyColumn, Descending: true, search.Offset, search.Limit));
        return new NewsSearchResult(page.Rows, page.Total);
    }

    public async Task<MessageSearchResult> SearchMessages(MessageSearch search)
    {
        CheckWindow(search.Offset, search.Limit, MessageSearch.MaxLimit);
        var filters = new List<ReadModelFilter>();
        if (search.LiveOnly)
        {
            filters.AddRange(WindowColumns.Live(clock.GetUtcNow()));
        }

        if (search.UserIds is { } userIds)
        {
            if (userIds.Count == 0)
            {
                return new MessageSearchResult([], 0);
            }

            ArgumentOutOfRangeException.ThrowIfGreaterThan(userIds.Count, MaxIds);
            filters.Add(new("userid", ReadModelOperator.In, userIds.ToArray()));
        }

        var page = await messages.QueryAsync(new ReadModelQuery(filters, ReadModelSchema.KeyColumn, Descending: true, search.Offset, search.Limit));
        return new MessageSearchResult(page.Rows, page.Total);
    }

    private static void CheckWindow(long offset, int limit, int maxLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, maxLimit);
    }
}
