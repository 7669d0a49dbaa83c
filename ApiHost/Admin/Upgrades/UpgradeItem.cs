using ApiHost.Admin.Http;
using Orleans.Grains.Content;

namespace ApiHost.Admin.Upgrades;

/// <summary>A release that clients of <c>platform</c> (1 iOS, 2 Android) and <c>channel</c> ("" = the platform's
/// default, followed by channels without rows of their own) older than <c>app_v</c> are told about.
/// <c>upgrade_way</c>: 1 suggested, 2 forced, 3 app closed. Only published rows inside their window count.</summary>
public sealed record UpgradeItem(
    long UpgradeId,
    int Platform,
    string Channel,
    string AppV,
    string AppTitle,
    string AppDesc,
    string AppUrl,
    int UpgradeWay,
    bool DialogRepeat,
    bool Published,
    string? StartTime,
    string? EndTime)
{
    public static UpgradeItem From(string key, AppUpgradeRow r)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return new(r.UpgradeId, key[0] - '0', key[(colon + 1)..], r.AppV, r.Title, r.Desc, r.Url, r.UpgradeWay, r.DialogRepeat, r.Published,
            AdminTime.Format(r.StartTime), AdminTime.Format(r.EndTime));
    }
}
