namespace Orleans.Grains.Content;

/// <summary>One article, keyed by its id (sequence "news"). Articles are many, so each has its own grain and lists
/// run on the news read model that the grain feeds after every durable write.</summary>
public interface INewsGrain : IGrainWithIntegerKey
{
    /// <summary>The article, published or not (admins); null when there is none.</summary>
    Task<NewsInfo?> Get();

    /// <summary>The article when clients may see it now (published, inside its window); else null.</summary>
    Task<NewsInfo?> GetLive();

    /// <summary>Creates the article under this grain's id (NewsId must equal the key). Invalid input is refused with
    /// an <see cref="ArgumentException"/> naming the field; an id that already holds an article is refused.</summary>
    Task<NewsInfo> Create(NewsInfo news);

    /// <summary>Replaces the article, keeping its creation time; null when there is none.</summary>
    Task<NewsInfo?> Update(NewsInfo news);

    /// <summary>False when there was no article.</summary>
    Task<bool> Delete();
}
