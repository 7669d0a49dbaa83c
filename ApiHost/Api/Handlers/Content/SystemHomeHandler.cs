using ApiHost.Api.Handlers.SystemMethods;
using Microsoft.Extensions.Options;
using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>system.home (section 2.16): the live ads of the home position (<c>Content:HomeAdPosition</c>).</summary>
public sealed class SystemHomeHandler(IOptions<ContentOptions> options) : ApiHandler<TokenParameters, HomeResult>
{
    public override string Method => "system.home";

    protected override async Task<ApiResult> HandleAsync(TokenParameters parameters, ApiContext context)
    {
        var ads = await context.Grains.GetGrain<IAdPositionGrain>(options.Value.HomeAdPosition).GetLiveAds();
        return Ok("success", new HomeResult(ads.Select(AdView.From).ToList()));
    }
}
