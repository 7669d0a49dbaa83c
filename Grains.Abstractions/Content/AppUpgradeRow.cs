namespace Orleans.Grains.Content;

/// <summary>A release that clients older than <paramref name="AppV"/> are told about. <paramref name="UpgradeWay"/>:
/// 1 suggested, 2 forced, 3 app closed. Only published rows inside their window (a null bound is open) count.
/// <paramref name="UpgradeId"/> 0 asks for a new id.</summary>
public sealed record AppUpgradeRow(
    long UpgradeId,
    string AppV,
    string Title,
    string Desc,
    string Url,
    int UpgradeWay,
    bool DialogRepeat,
    bool Published,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime);
