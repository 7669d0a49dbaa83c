using Orleans;
using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>The upgrade advice for the calling client, from its platform, channel and app_v (fixed parameters).</summary>
public static class UpgradeLookup
{
    public static async Task<UpgradeView> ForAsync(IGrainFactory grains, FixedParameters client)
    {
        var key = AppUpgradeKey.For(client.Platform, client.Channel);
        var advice = key is null ? null : await grains.GetGrain<IAppUpgradeGrain>(key).Advise(client.AppVersion);
        return UpgradeView.Of(advice, client.Platform, client.AppVersion);
    }
}
