namespace Orleans.Grains.Content;

/// <summary>An article query on the read model, newest first. <paramref name="CatIds"/> null means any category;
/// <paramref name="LiveOnly"/> keeps what clients may see now; <paramref name="Keywords"/> matches the title.</summary>
public sealed record NewsSearch(
    IReadOnlyList<long>? CatIds = null,
    string Keywords = "",
    bool LiveOnly = true,
    long Offset = 0,
    int Limit = 20)
{
    public const int MaxLimit = 2000;
    public const int MaxKeywordsLength = 50;
}
