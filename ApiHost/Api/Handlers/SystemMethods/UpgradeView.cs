using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>The upgrade object of sections 2.1 and 2.2. upgrade_way: 0 none, 1 suggested, 2 forced, 3 app closed;
/// the target fields are empty strings when there is nothing to upgrade to; app_url is empty for iOS (App Store);
/// origin_v echoes the client's app_v.</summary>
public sealed record UpgradeView(
    int UpgradeWay,
    string AppV,
    string AppTitle,
    string AppDesc,
    string AppUrl,
    int DialogRepeat,
    string OriginV)
{
    public static UpgradeView None(string originV) => new(0, string.Empty, string.Empty, string.Empty, string.Empty, 0, originV);

    public static UpgradeView Of(UpgradeAdvice? advice, int platform, string originV) => advice is null
        ? None(originV)
        : new(advice.UpgradeWay, advice.AppV, advice.Title, advice.Desc, platform == 1 ? string.Empty : advice.Url, advice.DialogRepeat ? 1 : 0, originV);
}
