using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>gold.balance: the signed-in user's gold coins.</summary>
public sealed class GoldBalanceHandler : ApiHandler<NoParameters, GoldBalanceResult>
{
    public override string Method => "gold.balance";

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context) =>
        Ok("success", new GoldBalanceResult(await context.Grains.GetGrain<IWalletGrain>(context.RequireUserId()).GetBalance()));
}
