using Microsoft.Extensions.Options;
using Orleans.Grains.Content;
using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>system.init (section 2.1): the first call of an app start. Reports whether the token still works and
/// slides it when it does (a replaced, expired or password-changed token stays dead: the check never revives one),
/// and gathers the upgrade advice, the start-up ad, the menu links and the notice dialog in one answer.</summary>
public sealed class SystemInitHandler(SessionAuthenticator sessions, IOptions<SystemInitOptions> options)
    : ApiHandler<TokenParameters, SystemInitResult>
{
    public override string Method => "system.init";

    protected override async Task<ApiResult> HandleAsync(TokenParameters parameters, ApiContext context)
    {
        var settings = options.Value;
        var tokenStatus = TokenStatusAsync(context.Token);
        var upgrade = UpgradeLookup.ForAsync(context.Grains, context.Fixed);
        var ads = context.Grains.GetGrain<IAdPositionGrain>(settings.StartAdPosition).GetLiveAds();
        var notice = context.Grains.GetGrain<INoticeBoardGrain>(settings.NoticeBoard).GetDialog();
        await Task.WhenAll(tokenStatus, upgrade, ads, notice);

        var advice = await upgrade;
        var startAd = (await ads).FirstOrDefault();
        var dialog = await notice;
        return Ok("success", new SystemInitResult(
            await tokenStatus,
            advice.UpgradeWay == 0 ? null : advice,
            startAd is null ? null : AdView.From(startAd),
            settings.AppHomeRightBtnUrl,
            settings.AppService.ToView(),
            settings.AppAbout.ToView(),
            settings.AppFeedback.ToView(),
            dialog is null ? null : NoticeDialogView.From(dialog)));
    }

    private async Task<int> TokenStatusAsync(string? token) =>
        token is { Length: > 0 } && (await sessions.CheckAsync(token)).Status == SessionStatus.Valid ? 1 : 0;
}
