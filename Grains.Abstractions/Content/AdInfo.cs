namespace Orleans.Grains.Content;

/// <summary>One ad of a position. Clients see it only while <paramref name="Published"/> and inside its window
/// (a null bound is open). Lower <paramref name="Sort"/> comes first. <paramref name="AdId"/> 0 asks for a new id.</summary>
public sealed record AdInfo(
    long AdId,
    string Name,
    string ImageUrl,
    string Url,
    int Sort,
    bool Published,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime);
