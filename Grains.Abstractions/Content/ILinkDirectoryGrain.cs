namespace Orleans.Grains.Content;

/// <summary>Every friendly link, in one grain (key "default"): links are few and system.link reads them all at once,
/// grouped by category. Ids are global (sequence "link").</summary>
public interface ILinkDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Every link, displayed or not (admins), by sort then id.</summary>
    Task<IReadOnlyList<LinkInfo>> List();

    Task<LinkInfo?> Get(long linkId);

    /// <summary>Creates (LinkId 0) or replaces a link and answers it as stored; null when LinkId names no link.
    /// Invalid input is refused with an <see cref="ArgumentException"/> naming the field (see <see cref="LinkInfo.Check"/>).</summary>
    Task<LinkInfo?> Save(LinkInfo link);

    /// <summary>False when there was no such link.</summary>
    Task<bool> Delete(long linkId);

    /// <summary>What clients see: displayed links, by sort then id.</summary>
    Task<IReadOnlyList<LinkInfo>> ListDisplayed();
}
