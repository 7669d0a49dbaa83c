using ApiHost.Admin.Http;
using Orleans.Grains.Content;

namespace ApiHost.Admin.Ads;

/// <summary>An ad of a position. Clients see it only while published and inside [start_time, end_time) (an absent
/// bound is open), at most the position's display count, lower <c>sort</c> first.</summary>
public sealed record AdItem(
    long AdId,
    string Position,
    string AdName,
    string AdImageUrl,
    string AdUrl,
    int Sort,
    bool Published,
    string? StartTime,
    string? EndTime)
{
    public static AdItem From(string position, AdInfo a) =>
        new(a.AdId, position, a.Name, a.ImageUrl, a.Url, a.Sort, a.Published, AdminTime.Format(a.StartTime), AdminTime.Format(a.EndTime));
}
