using Orleans.Grains.Common;
using Orleans.Runtime;

namespace Orleans.Grains.Content;

public sealed class AdPositionGrain(
    [PersistentState("state")] IPersistentState<AdPositionState> state,
    TimeProvider clock) : Grain, IAdPositionGrain
{
    /// <summary>Bounds what one position (and one durable write of it) carries.</summary>
    public const int MaxAdsPerPosition = 200;

    private AdPositionState S => state.State;

    public Task<AdPositionInfo?> GetPosition() => Task.FromResult(S.Position);

    public async Task SavePosition(AdPositionInfo position)
    {
        if (await WritePositionAsync(position) == AdPositionOutcome.Full)
        {
            throw new InvalidOperationException($"There are at most {ContentIndex.MaxKeys} ad positions.");
        }
    }

    public async Task<AdPositionOutcome> CreatePosition(AdPositionInfo position)
    {
        Validate(position);
        return S.Position is not null ? AdPositionOutcome.Exists : await WritePositionAsync(position);
    }

    public async Task<AdPositionOutcome> UpdatePosition(AdPositionInfo position)
    {
        Validate(position);
        return S.Position is null ? AdPositionOutcome.NotFound : await WritePositionAsync(position);
    }

    private async Task<AdPositionOutcome> WritePositionAsync(AdPositionInfo position)
    {
        Validate(position);

        // Indexed before the write, so a position that exists is always listed (see IContentIndexGrain).
        if (!await GrainFactory.GetGrain<IContentIndexGrain>(ContentIndex.AdPositions).Add(position.Code))
        {
            return AdPositionOutcome.Full;
        }

        S.Position = position;
        await state.WriteStateAsync();
        return AdPositionOutcome.Ok;
    }

    private void Validate(AdPositionInfo position)
    {
        if (position.Code != GetPrimaryKeyString())
        {
            throw new ArgumentException("The code of the position differs from the grain's key.", nameof(position));
        }

        PublishWindow.RequireText(position.Code, nameof(position.Code), 64);
        PublishWindow.RequireText(position.Name, nameof(position.Name), 100);
        ArgumentOutOfRangeException.ThrowIfNegative(position.DisplayCount);
    }

    public async Task<bool> DeletePosition()
    {
        if (S.Position is null && S.Ads.Count == 0)
        {
            return false;
        }

        await state.ClearStateAsync();
        await GrainFactory.GetGrain<IContentIndexGrain>(ContentIndex.AdPositions).Remove(GetPrimaryKeyString());
        return true;
    }

    public Task<IReadOnlyList<AdInfo>> ListAds() => Task.FromResult<IReadOnlyList<AdInfo>>(Ordered(S.Ads).ToList());

    public async Task<AdInfo> SaveAd(AdInfo ad)
    {
        if (S.Position is null)
        {
            throw new InvalidOperationException($"Ad position {GetPrimaryKeyString()} does not exist.");
        }

        PublishWindow.RequireText(ad.Name, nameof(ad.Name), 100);
        PublishWindow.RequireText(ad.ImageUrl, nameof(ad.ImageUrl), 500);
        PublishWindow.RequireText(ad.Url, nameof(ad.Url), 500, required: false);
        PublishWindow.Validate(ad.StartTime, ad.EndTime);
        var index = S.Ads.FindIndex(a => a.AdId == ad.AdId);
        if (ad.AdId == 0)
        {
            if (S.Ads.Count >= MaxAdsPerPosition)
            {
                throw new InvalidOperationException($"A position holds at most {MaxAdsPerPosition} ads.");
            }

            ad = ad with { AdId = await GrainFactory.GetGrain<IIdGeneratorGrain>("ad").Next() };
            S.Ads.Add(ad);
        }
        else if (index < 0)
        {
            throw new KeyNotFoundException($"Ad {ad.AdId} is not in position {GetPrimaryKeyString()}.");
        }
        else
        {
            S.Ads[index] = ad;
        }

        await state.WriteStateAsync();
        return ad;
    }

    public async Task<bool> DeleteAd(long adId)
    {
        if (S.Ads.RemoveAll(a => a.AdId == adId) == 0)
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<AdInfo>> GetLiveAds()
    {
        if (S.Position is not { Enabled: true } position)
        {
            return Task.FromResult<IReadOnlyList<AdInfo>>([]);
        }

        var now = clock.GetUtcNow();
        var live = Ordered(S.Ads).Where(a => PublishWindow.IsLive(a.Published, a.StartTime, a.EndTime, now));
        return Task.FromResult<IReadOnlyList<AdInfo>>((position.DisplayCount > 0 ? live.Take(position.DisplayCount) : live).ToList());
    }

    /// <summary>Display order: sort ascending, then the newest ad first.</summary>
    private static IEnumerable<AdInfo> Ordered(IEnumerable<AdInfo> ads) => ads.OrderBy(a => a.Sort).ThenByDescending(a => a.AdId);
}
