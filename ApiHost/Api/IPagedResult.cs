namespace ApiHost.Api;

/// <summary>A list answer seen without its item type, so protocol dialects can translate paging (their own page
/// sizes, totals and list shapes) around any paged handler without knowing it.</summary>
public interface IPagedResult
{
    IReadOnlyList<object?> Items { get; }

    int Total { get; }

    int Page { get; }

    /// <summary>The page size the handler used.</summary>
    int Count { get; }

    bool Isnext { get; }
}
