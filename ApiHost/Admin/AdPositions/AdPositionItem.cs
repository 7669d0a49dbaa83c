using Orleans.Grains.Content;

namespace ApiHost.Admin.AdPositions;

/// <summary>An ad position (a slot in the app, keyed by its code): clients get at most <c>display_count</c> live ads
/// (0 = all); a disabled position shows none. <c>ad_count</c> counts its ads, published or not.</summary>
public sealed record AdPositionItem(string Code, string Name, bool Enabled, int DisplayCount, int AdCount)
{
    public static AdPositionItem From(AdPositionInfo p, int adCount) => new(p.Code, p.Name, p.Enabled, p.DisplayCount, adCount);
}
