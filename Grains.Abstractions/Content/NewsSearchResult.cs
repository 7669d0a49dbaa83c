namespace Orleans.Grains.Content;

public sealed record NewsSearchResult(IReadOnlyList<NewsListing> News, long Total);
