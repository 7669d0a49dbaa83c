namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>system.upgrade (section 2.2): the same advice as system.init's upgrade object, always in full shape
/// (upgrade_way 0 and empty strings when the app is up to date).</summary>
public sealed class SystemUpgradeHandler : ApiHandler<TokenParameters, UpgradeView>
{
    public override string Method => "system.upgrade";

    protected override async Task<ApiResult> HandleAsync(TokenParameters parameters, ApiContext context) =>
        Ok("success", await UpgradeLookup.ForAsync(context.Grains, context.Fixed));
}
