using ApiHost.Admin.Http;
using ApiHost.Admin.Inputs;
using Orleans;
using Orleans.Grains.Content;

namespace ApiHost.Admin.Upgrades;

/// <summary>App upgrade rows for admins. Rows live in one grain per platform and channel (what a client asks for);
/// the upgrade-key index lists those grains, and a row id is found by looking through them (they are few).</summary>
public sealed class UpgradeAdminService(IGrainFactory grains)
{
    public const int MaxTitle = 100;
    public const int MaxDesc = 2000;

    /// <summary>Every row (filters platform, channel), by platform and channel, newest version first.</summary>
    public async Task<IReadOnlyList<UpgradeItem>> ListAsync(IQueryCollection query)
    {
        var platform = AdminInput.QueryLong(query, "platform");
        if (platform is { } p)
        {
            AdminInput.Range("platform", p, 1, 2);
        }

        var channel = AdminInput.QueryText(query, "channel", AppUpgradeKey.MaxChannelLength);
        var keys = (await grains.GetGrain<IContentIndexGrain>(ContentIndex.AppUpgrades).List())
            .Where(k => (platform is null || k.StartsWith($"{platform}:", StringComparison.Ordinal)) && (channel is null || k[2..] == channel));
        var rows = await Task.WhenAll(keys.Select(async key => (await grains.GetGrain<IAppUpgradeGrain>(key).List()).Select(r => UpgradeItem.From(key, r))));
        return rows.SelectMany(r => r).ToList();
    }

    public async Task<UpgradeItem> GetAsync(long upgradeId) =>
        (await FindAsync(upgradeId)).Item ?? throw AdminException.NotFound($"upgrade {upgradeId}");

    public async Task<UpgradeItem> CreateAsync(UpgradeCreateRequest r)
    {
        AdminInput.Range("platform", r.Platform, 1, 2);
        var key = AppUpgradeKey.For(r.Platform, r.Channel);
        if (key is null || (r.Channel.Length > 0 && AppUpgradeKey.IsDefault(key)))
        {
            throw AdminException.Invalid("channel", $"must be empty (the default) or 1-{AppUpgradeKey.MaxChannelLength} letters, digits, _, - or .");
        }

        var row = Validate(0, r.AppV, r.UpgradeWay, r.AppTitle, r.AppDesc, r.AppUrl, r.DialogRepeat, r.Published, r.StartTime, r.EndTime);
        var grain = grains.GetGrain<IAppUpgradeGrain>(key);
        if ((await grain.List()).Count >= AppUpgradeGrain.MaxRows)
        {
            throw AdminException.Conflict($"channel: platform {r.Platform} channel \"{r.Channel}\" holds its maximum of {AppUpgradeGrain.MaxRows} rows");
        }

        var keys = await grains.GetGrain<IContentIndexGrain>(ContentIndex.AppUpgrades).List();
        if (!keys.Contains(key) && keys.Count >= ContentIndex.MaxKeys)
        {
            throw AdminException.Conflict($"channel: there are at most {ContentIndex.MaxKeys} platform and channel pairs");
        }

        try
        {
            return UpgradeItem.From(key, await grain.Save(row));
        }
        catch (InvalidOperationException)
        {
            if ((await grain.List()).Count < AppUpgradeGrain.MaxRows)
            {
                throw;
            }

            // Another create took the last place between the check above and this save: the grain refused it.
            throw AdminException.Conflict($"channel: platform {r.Platform} channel \"{r.Channel}\" holds its maximum of {AppUpgradeGrain.MaxRows} rows");
        }
    }

    public async Task<UpgradeItem> UpdateAsync(long upgradeId, UpgradeUpdateRequest r)
    {
        var row = Validate(upgradeId, r.AppV, r.UpgradeWay, r.AppTitle, r.AppDesc, r.AppUrl, r.DialogRepeat, r.Published, r.StartTime, r.EndTime);
        var (key, _) = await FindAsync(upgradeId);
        return key is null
            ? throw AdminException.NotFound($"upgrade {upgradeId}")
            : UpgradeItem.From(key, await grains.GetGrain<IAppUpgradeGrain>(key).Save(row));
    }

    /// <summary>Answers what was deleted.</summary>
    public async Task<UpgradeItem> DeleteAsync(long upgradeId)
    {
        var (key, item) = await FindAsync(upgradeId);
        return key is not null && await grains.GetGrain<IAppUpgradeGrain>(key).Delete(upgradeId)
            ? item!
            : throw AdminException.NotFound($"upgrade {upgradeId}");
    }

    private async Task<(string? Key, UpgradeItem? Item)> FindAsync(long upgradeId)
    {
        if (upgradeId > 0)
        {
            foreach (var key in await grains.GetGrain<IContentIndexGrain>(ContentIndex.AppUpgrades).List())
            {
                if ((await grains.GetGrain<IAppUpgradeGrain>(key).List()).FirstOrDefault(r => r.UpgradeId == upgradeId) is { } row)
                {
                    return (key, UpgradeItem.From(key, row));
                }
            }
        }

        return (null, null);
    }

    private static AppUpgradeRow Validate(
        long upgradeId, string appV, int way, string title, string desc, string url, bool dialogRepeat, bool published, string? start, string? end)
    {
        if (!AppVersion.IsWellFormed(appV))
        {
            throw AdminException.Invalid("app_v", "must be a dotted numeric version such as 1.0.1 (up to 8 parts, 32 characters)");
        }

        AdminInput.Range("upgrade_way", way, 1, 3);
        var appTitle = AdminInput.Text("app_title", title, MaxTitle, required: false);
        var appDesc = AdminInput.Text("app_desc", desc, MaxDesc, required: false);
        var appUrl = AdminInput.Url("app_url", url, required: false);
        var (from, to) = AdminInput.Window(start, end);
        return new AppUpgradeRow(upgradeId, appV, appTitle, appDesc, appUrl, way, dialogRepeat, published, from, to);
    }
}
