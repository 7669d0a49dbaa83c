using System.Text.RegularExpressions;
using ApiHost.Admin.Http;
using ApiHost.Admin.Inputs;
using Orleans;
using Orleans.Grains.Content;

namespace ApiHost.Admin.AdPositions;

/// <summary>Ad positions for admins: every position is listed by the ad-position index (small, read whole); each
/// position is its own grain.</summary>
public sealed partial class AdPositionAdminService(IGrainFactory grains)
{
    public const int MaxName = 100;
    public const int MaxDisplayCount = 100;

    /// <summary>Every position, by code.</summary>
    public async Task<IReadOnlyList<AdPositionItem>> ListAsync()
    {
        var codes = await grains.GetGrain<IContentIndexGrain>(ContentIndex.AdPositions).List();
        var items = await Task.WhenAll(codes.Select(FindAsync));
        return items.OfType<AdPositionItem>().ToList();
    }

    public async Task<AdPositionItem> GetAsync(string code) =>
        await FindAsync(Code(code)) ?? throw AdminException.NotFound($"ad position {code}");

    /// <summary>The position grain (one per code) checks and writes in one turn, so simultaneous creates of one code
    /// answer one 200 and 409s, never "last wins".</summary>
    public async Task<AdPositionItem> CreateAsync(AdPositionCreateRequest r)
    {
        var code = Code(r.Code);
        var position = new AdPositionInfo(code, AdminInput.Text("name", r.Name, MaxName), r.Enabled, DisplayCount(r.DisplayCount));
        return await grains.GetGrain<IAdPositionGrain>(code).CreatePosition(position) switch
        {
            AdPositionOutcome.Ok => AdPositionItem.From(position, 0),
            AdPositionOutcome.Exists => throw AdminException.Conflict($"code: ad position {code} exists"),
            AdPositionOutcome.Full => throw AdminException.Conflict($"code: there are at most {ContentIndex.MaxKeys} ad positions"),
            var other => throw new InvalidOperationException($"Unexpected outcome {other} of creating an ad position."),
        };
    }

    public async Task<AdPositionItem> UpdateAsync(string code, AdPositionUpdateRequest r)
    {
        var name = AdminInput.Text("name", r.Name, MaxName);
        var count = DisplayCount(r.DisplayCount);
        var grain = grains.GetGrain<IAdPositionGrain>(Code(code));
        var position = new AdPositionInfo(code, name, r.Enabled, count);
        return await grain.UpdatePosition(position) switch
        {
            AdPositionOutcome.Ok => AdPositionItem.From(position, (await grain.ListAds()).Count),
            AdPositionOutcome.NotFound => throw AdminException.NotFound($"ad position {code}"),
            var other => throw new InvalidOperationException($"Unexpected outcome {other} of updating an ad position."),
        };
    }

    /// <summary>Deletes the position with all its ads; answers what was deleted.</summary>
    public async Task<AdPositionItem> DeleteAsync(string code)
    {
        var item = await GetAsync(code);
        await grains.GetGrain<IAdPositionGrain>(code).DeletePosition();
        return item;
    }

    /// <summary>A well-formed position code, else a 400 naming "code".</summary>
    public static string Code(string code) =>
        CodePattern().IsMatch(code) ? code : throw AdminException.Invalid("code", "must be 1-64 letters, digits or _");

    private async Task<AdPositionItem?> FindAsync(string code)
    {
        var grain = grains.GetGrain<IAdPositionGrain>(code);
        return await grain.GetPosition() is { } position ? AdPositionItem.From(position, (await grain.ListAds()).Count) : null;
    }

    private static int DisplayCount(int value)
    {
        AdminInput.Range("display_count", value, 0, MaxDisplayCount);
        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9_]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
