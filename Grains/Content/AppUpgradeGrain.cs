using Orleans.Grains.Common;
using Orleans.Runtime;

namespace Orleans.Grains.Content;

public sealed class AppUpgradeGrain(
    [PersistentState("state")] IPersistentState<AppUpgradeState> state,
    TimeProvider clock) : Grain, IAppUpgradeGrain
{
    /// <summary>Bounds what one key (and one durable write of it) carries.</summary>
    public const int MaxRows = 200;

    private List<AppUpgradeRow> Rows => state.State.Rows;

    public Task<IReadOnlyList<AppUpgradeRow>> List() => Task.FromResult<IReadOnlyList<AppUpgradeRow>>(NewestFirst(Rows).ToList());

    public async Task<AppUpgradeRow> Save(AppUpgradeRow row)
    {
        if (!AppVersion.IsWellFormed(row.AppV))
        {
            throw new ArgumentException("AppV must be a dotted numeric version such as 1.0.1.", nameof(row));
        }

        if (row.UpgradeWay is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(row), "UpgradeWay must be 1 (suggested), 2 (forced) or 3 (app closed).");
        }

        PublishWindow.RequireText(row.Title, nameof(row.Title), 100, required: false);
        PublishWindow.RequireText(row.Desc, nameof(row.Desc), 2000, required: false);
        PublishWindow.RequireText(row.Url, nameof(row.Url), 500, required: false);
        PublishWindow.Validate(row.StartTime, row.EndTime);
        var index = Rows.FindIndex(r => r.UpgradeId == row.UpgradeId);
        if (row.UpgradeId == 0)
        {
            if (Rows.Count >= MaxRows)
            {
                throw new InvalidOperationException($"A platform and channel hold at most {MaxRows} upgrade rows.");
            }

            // Indexed before the write, so a key that holds rows is always listed (see IContentIndexGrain).
            if (!await GrainFactory.GetGrain<IContentIndexGrain>(ContentIndex.AppUpgrades).Add(GetPrimaryKeyString()))
            {
                throw new InvalidOperationException($"There are at most {ContentIndex.MaxKeys} platform and channel keys.");
            }

            row = row with { UpgradeId = await GrainFactory.GetGrain<IIdGeneratorGrain>("app-upgrade").Next() };
            Rows.Add(row);
        }
        else if (index < 0)
        {
            throw new KeyNotFoundException($"Upgrade row {row.UpgradeId} does not exist under {GetPrimaryKeyString()}.");
        }
        else
        {
            Rows[index] = row;
        }

        await state.WriteStateAsync();
        return row;
    }

    public async Task<bool> Delete(long upgradeId)
    {
        if (Rows.RemoveAll(r => r.UpgradeId == upgradeId) == 0)
        {
            return false;
        }

        await state.WriteStateAsync();
        if (Rows.Count == 0)
        {
            await GrainFactory.GetGrain<IContentIndexGrain>(ContentIndex.AppUpgrades).Remove(GetPrimaryKeyString());
        }

        return true;
    }

    public async Task<UpgradeAdvice?> Advise(string appVersion)
    {
        var key = GetPrimaryKeyString();
        if (Rows.Count == 0 && !AppUpgradeKey.IsDefault(key))
        {
            // A channel nobody configured gets its platform's default releases.
            return await GrainFactory.GetGrain<IAppUpgradeGrain>(AppUpgradeKey.DefaultOf(key)).Advise(appVersion);
        }

        var now = clock.GetUtcNow();
        var newer = NewestFirst(Rows)
            .Where(r => PublishWindow.IsLive(r.Published, r.StartTime, r.EndTime, now) && AppVersion.Compare(r.AppV, appVersion) > 0)
            .ToList();
        if (newer.Count == 0)
        {
            return null;
        }

        var target = newer[0];
        return new UpgradeAdvice(newer.Max(r => r.UpgradeWay), target.AppV, target.Title, target.Desc, target.Url, target.DialogRepeat);
    }

    private static IEnumerable<AppUpgradeRow> NewestFirst(IEnumerable<AppUpgradeRow> rows) =>
        rows.OrderByDescending(r => r.AppV, Comparer<string>.Create(AppVersion.Compare)).ThenByDescending(r => r.UpgradeId);
}
