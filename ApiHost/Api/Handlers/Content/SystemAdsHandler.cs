using ApiHost.Api.Handlers.SystemMethods;
using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>system.ads (section 2.13): the live ads of one position; an unknown or disabled position has none.</summary>
public sealed class SystemAdsHandler : ApiHandler<AdsParameters, AdListResult>
{
    /// <summary>Position codes are short plain names; anything else is refused before a grain is addressed with it.</summary>
    public const int MaxCodeLength = 64;

    public override string Method => "system.ads";

    protected override async Task<ApiResult> HandleAsync(AdsParameters parameters, ApiContext context)
    {
        var (name, code) = parameters.Code is { Length: > 0 } ? ("code", parameters.Code) : ("place_code", parameters.PlaceCode);
        if (string.IsNullOrEmpty(code))
        {
            throw ApiException.Parameter("code", "缺失，请传广告位编码");
        }

        if (code.Length > MaxCodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            throw ApiException.Parameter(name, $"应为不超过 {MaxCodeLength} 个字符的字母、数字、下划线");
        }

        var ads = await context.Grains.GetGrain<IAdPositionGrain>(code).GetLiveAds();
        return Ok("success", new AdListResult(ads.Select(AdView.From).ToList()));
    }
}
