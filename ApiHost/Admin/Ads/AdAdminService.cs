using ApiHost.Admin.AdPositions;
using ApiHost.Admin.Http;
using ApiHost.Admin.Inputs;
using Orleans;
using Orleans.Grains.Content;

namespace ApiHost.Admin.Ads;

/// <summary>Ads for admins. Ads live in their position's grain (clients always read them by position); an ad id is
/// found by looking through the positions, which are few (the ad-position index is bounded).</summary>
public sealed class AdAdminService(IGrainFactory grains)
{
    public const int MaxName = 100;
    public const int MaxSort = 1_000_000;

    /// <summary>Every ad (of one position when <c>position</c> is given), by position code then display order.</summary>
    public async Task<IReadOnlyList<AdItem>> ListAsync(IQueryCollection query)
    {
        var only = AdminInput.QueryText(query, "position", 64);
        var codes = only is null
            ? await grains.GetGrain<IContentIndexGrain>(ContentIndex.AdPositions).List()
            : [AdPositionAdminService.Code(only)];
        var ads = await Task.WhenAll(codes.Select(async code =>
            (await grains.GetGrain<IAdPositionGrain>(code).ListAds()).Select(a => AdItem.From(code, a))));
        return ads.SelectMany(a => a).ToList();
    }

    public async Task<AdItem> GetAsync(long adId) => await FindAsync(adId) ?? throw AdminException.NotFound($"ad {adId}");

    public async Task<AdItem> CreateAsync(AdCreateRequest r)
    {
        var ad = Validate(0, r.AdName, r.AdImageUrl, r.AdUrl, r.Sort, r.Published, r.StartTime, r.EndTime);
        var code = AdPositionAdminService.Code(AdminInput.Text("position", r.Position, 64));
        var position = grains.GetGrain<IAdPositionGrain>(code);
        if (await position.GetPosition() is null)
        {
            throw AdminException.Invalid("position", $"no ad position {code}");
        }

        if ((await position.ListAds()).Count >= AdPositionGrain.MaxAdsPerPosition)
        {
            throw AdminException.Conflict($"position: {code} holds its maximum of {AdPositionGrain.MaxAdsPerPosition} ads");
        }

        return AdItem.From(code, await position.SaveAd(ad));
    }

    public async Task<AdItem> UpdateAsync(long adId, AdUpdateRequest r)
    {
        var ad = Validate(adId, r.AdName, r.AdImageUrl, r.AdUrl, r.Sort, r.Published, r.StartTime, r.EndTime);
        var found = await GetAsync(adId);
        return AdItem.From(found.Position, await grains.GetGrain<IAdPositionGrain>(found.Position).SaveAd(ad));
    }

    /// <summary>Answers what was deleted.</summary>
    public async Task<AdItem> DeleteAsync(long adId)
    {
        var found = await GetAsync(adId);
        return await grains.GetGrain<IAdPositionGrain>(found.Position).DeleteAd(adId) ? found : throw AdminException.NotFound($"ad {adId}");
    }

    private async Task<AdItem?> FindAsync(long adId)
    {
        if (adId <= 0)
        {
            return null;
        }

        foreach (var code in await grains.GetGrain<IContentIndexGrain>(ContentIndex.AdPositions).List())
        {
            if ((await grains.GetGrain<IAdPositionGrain>(code).ListAds()).FirstOrDefault(a => a.AdId == adId) is { } ad)
            {
                return AdItem.From(code, ad);
            }
        }

        return null;
    }

    private static AdInfo Validate(long adId, string name, string imageUrl, string url, int sort, bool published, string? start, string? end)
    {
        var adName = AdminInput.Text("ad_name", name, MaxName);
        var image = AdminInput.Url("ad_image_url", imageUrl);
        var link = AdminInput.Url("ad_url", url, required: false);
        AdminInput.Range("sort", sort, -MaxSort, MaxSort);
        var (from, to) = AdminInput.Window(start, end);
        return new AdInfo(adId, adName, image, link, sort, published, from, to);
    }
}
