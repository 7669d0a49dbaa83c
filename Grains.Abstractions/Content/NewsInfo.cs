namespace Orleans.Grains.Content;

/// <summary>An article (sections 2.22, 2.23) in an article category (cat_type 1). Clients see it only while
/// <paramref name="Published"/> and inside its window (a null bound is open). <paramref name="CreatedAt"/> (the
/// c_time clients see) and <paramref name="UpdatedAt"/> are set by the grain; values passed in are ignored.</summary>
public sealed record NewsInfo(
    long NewsId,
    long CatId,
    string Title,
    string Intro,
    string ImageUrl,
    string Source,
    string Content,
    bool Published,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default)
{
    public const int MaxTitleLength = 100;
    public const int MaxIntroLength = 500;
    public const int MaxUrlLength = 500;
    public const int MaxSourceLength = 50;

    /// <summary>Bounds one article (and one durable write of it); the admin body limit is 64 KB.</summary>
    public const int MaxContentLength = 20_000;

    public FieldProblem? Check() =>
        (CatId <= 0 ? new FieldProblem("cat_id", "must be an article category id") : null)
        ?? ContentRules.Text(Title, "title", MaxTitleLength)
        ?? ContentRules.Text(Intro, "intro", MaxIntroLength, required: false)
        ?? ContentRules.Url(ImageUrl, "image_url", MaxUrlLength, required: false)
        ?? ContentRules.Text(Source, "source", MaxSourceLength, required: false)
        ?? ContentRules.Text(Content, "content", MaxContentLength, required: false)
        ?? ContentRules.Window(StartTime, EndTime);

    /// <summary>The article without its content, as lists carry it.</summary>
    public NewsListing ToListing() =>
        new(NewsId, CatId, Title, Intro, ImageUrl, Source, Published, StartTime, EndTime, CreatedAt, UpdatedAt);
}
