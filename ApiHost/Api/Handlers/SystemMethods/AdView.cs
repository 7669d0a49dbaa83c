using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>An ad as clients see it (start_ad of section 2.1, list items of section 2.13).</summary>
public sealed record AdView(long AdId, string AdName, string AdImageUrl, string AdUrl)
{
    public static AdView From(AdInfo ad) => new(ad.AdId, ad.Name, ad.ImageUrl, ad.Url);
}
