namespace Orleans.Grains.Content;

/// <summary>Indexed queries on the news and messages read models (key 0). Reentrant: queries interleave at their
/// database awaits, and no article or message grain is activated to answer a list.</summary>
public interface IContentSearchGrain : IGrainWithIntegerKey
{
    Task<NewsSearchResult> SearchNews(NewsSearch search);

    Task<MessageSearchResult> SearchMessages(MessageSearch search);
}
