using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>gold.consume.list: every change of the user's gold, newest first, 20 per page.</summary>
public sealed class GoldConsumeListHandler : ApiHandler<PageParameters, PagedResult<GoldChangeView>>
{
    public override string Method => "gold.consume.list";

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(PageParameters parameters, ApiContext context)
    {
        var page = Math.Clamp(parameters.Page, 1, 100_000);
        var result = await context.Grains.GetGrain<IWalletGrain>(context.RequireUserId()).List(page, PagedResult<GoldChangeView>.PageSize);
        var size = PagedResult<GoldChangeView>.PageSize;
        return Ok("success", new PagedResult<GoldChangeView>(
            result.Entries.Select(GoldChangeView.From).ToList(), result.Total, page, size, page * size < result.Total));
    }
}
