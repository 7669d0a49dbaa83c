namespace Orleans.Grains.Content;

/// <summary>A friendly link (section 2.14) in a link category (cat_type 2). Clients see it only while
/// <paramref name="Display"/>; lower <paramref name="Sort"/> comes first. <paramref name="LinkId"/> 0 asks for a new
/// id; <paramref name="CreatedAt"/> and <paramref name="UpdatedAt"/> are set by the directory.</summary>
public sealed record LinkInfo(
    long LinkId,
    long CatId,
    string Name,
    string Url,
    string ImageUrl,
    int Sort,
    bool Display,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default)
{
    public const int MaxNameLength = 50;
    public const int MaxUrlLength = 500;

    /// <summary>The first problem of the link, or null when it may be stored.</summary>
    public FieldProblem? Check() =>
        (CatId <= 0 ? new FieldProblem("cat_id", "must be a link category id") : null)
        ?? ContentRules.Text(Name, "link_name", MaxNameLength)
        ?? ContentRules.Url(Url, "link_url", MaxUrlLength)
        ?? ContentRules.Url(ImageUrl, "image_url", MaxUrlLength, required: false)
        ?? ContentRules.Sort(Sort);
}
