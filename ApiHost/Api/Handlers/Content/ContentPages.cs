namespace ApiHost.Api.Handlers.Content;

/// <summary>Paging of the content lists: 20 per page, pages from 1 (smaller numbers read as 1), and pages beyond
/// <see cref="MaxPage"/> empty, so a client cannot make the server skip an unbounded number of rows.</summary>
public static class ContentPages
{
    public const int PageSize = PagedResult<object>.PageSize;
    public const int MaxPage = 100_000;

    public static int Normalize(int page) => Math.Max(page, 1);

    /// <summary>Rows to skip for <paramref name="page"/>, and how many to take (0 beyond <see cref="MaxPage"/>).</summary>
    public static (long Offset, int Limit) Window(int page) =>
        page > MaxPage ? (0, 0) : ((page - 1) * (long)PageSize, PageSize);

    /// <summary>A page of a query's rows: isnext while rows remain after this page.</summary>
    public static PagedResult<T> Of<T>(IReadOnlyList<T> rows, long total, int page) => new(
        page > MaxPage ? [] : rows,
        (int)Math.Min(total, int.MaxValue),
        page,
        PageSize,
        page <= MaxPage && page * (long)PageSize < total);

    /// <summary>A page of an in-memory list.</summary>
    public static PagedResult<T> Slice<T>(IReadOnlyList<T> all, int page)
    {
        var (offset, limit) = Window(page);
        return Of(all.Skip((int)Math.Min(offset, int.MaxValue)).Take(limit).ToList(), all.Count, page);
    }
}
