namespace Orleans.Grains.Content;

/// <summary>An article as lists show it (news.list, admin lists): everything but the content.</summary>
public sealed record NewsListing(
    long NewsId,
    long CatId,
    string Title,
    string Intro,
    string ImageUrl,
    string Source,
    bool Published,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
