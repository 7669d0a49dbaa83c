namespace Orleans.Grains.Content;

/// <summary>A message query on the read model, newest first. <paramref name="UserIds"/> null means any recipient
/// (0 is "everyone"); <paramref name="LiveOnly"/> keeps what clients may see now.</summary>
public sealed record MessageSearch(
    IReadOnlyList<long>? UserIds = null,
    bool LiveOnly = true,
    long Offset = 0,
    int Limit = 20)
{
    public const int MaxLimit = 2000;
}
