using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Content;

/// <summary>The articles table of news.list and the admin list, fed by <see cref="NewsGrain"/>: category,
/// publication and window bounds are indexed; titles are searched by substring. Rows carry no content.</summary>
public sealed class NewsReadModel(IReadModelStore store) : ReadModel<NewsListing>(store)
{
    public static readonly ReadModelSchema Table = new(
        "rm_news",
        ReadModelColumnType.Integer,
        [
            new("cat_id", ReadModelColumnType.Integer, Indexed: true),
            new("published", ReadModelColumnType.Integer, Indexed: true),
            new("start_at", ReadModelColumnType.Integer, Indexed: true),
            new("end_at", ReadModelColumnType.Integer, Indexed: true),
            new("title", ReadModelColumnType.Text),
        ]);

    public override ReadModelSchema Schema => Table;

    protected override object KeyOf(NewsListing row) => row.NewsId;

    protected override IReadOnlyDictionary<string, object?> ValuesOf(NewsListing row) => new Dictionary<string, object?>
    {
        ["cat_id"] = row.CatId,
        ["published"] = row.Published,
        ["start_at"] = WindowColumns.Start(row.StartTime),
        ["end_at"] = WindowColumns.End(row.EndTime),
        ["title"] = row.Title,
    };
}
