namespace ApiHost.Protocols.Dialects;

/// <summary>The rows a dialect's own paging asks for (pageNum/pageSize, __page/__limit): <see cref="Size"/> rows
/// from row <see cref="Offset"/> on, whatever page size the handler uses.</summary>
public sealed record PageWindow(long Offset, int Size)
{
    public static PageWindow OfPage(int page, int size) => new((long)(Math.Max(page, 1) - 1) * size, size);
}
