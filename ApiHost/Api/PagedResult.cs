namespace ApiHost.Api;

/// <summary>The list shape of the protocol: one page of items, the total, the page number, the page size
/// (<c>count</c>, not the number returned) and whether a next page exists.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> List, int Total, int Page, int Count, bool Isnext) : IPagedResult
{
    // Explicit, so the protocol's JSON (which writes public properties) does not gain an "items" field.
    IReadOnlyList<object?> IPagedResult.Items => List.Cast<object?>().ToList();

    public const int PageSize = 20;

    public static PagedResult<T> Of(IEnumerable<T> all, int page)
    {
        var items = all as IReadOnlyList<T> ?? all.ToList();
        page = Math.Max(page, 1);
        var slice = items.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new PagedResult<T>(slice, items.Count, page, PageSize, page * PageSize < items.Count);
    }
}
