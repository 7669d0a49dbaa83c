using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>seckill.list: running and upcoming flash sales, soonest first, 20 per page.</summary>
public sealed class SeckillListHandler : ApiHandler<PageParameters, PagedResult<SeckillView>>
{
    public override string Method => "seckill.list";

    protected override async Task<ApiResult> HandleAsync(PageParameters parameters, ApiContext context)
    {
        var ids = await context.Grains.GetGrain<IFlashSaleIndexGrain>("default").List();
        var sales = await Task.WhenAll(ids.Select(id => context.Grains.GetGrain<IFlashSaleGrain>(id).Get()));
        var live = sales.OfType<FlashSaleView>()
            .Where(s => s.Status is FlashSaleStatus.Upcoming or FlashSaleStatus.Running or FlashSaleStatus.SoldOut)
            .OrderBy(s => s.StartTime).ThenBy(s => s.Id)
            .Select(s => SeckillView.From(s));
        return Ok("success", PagedResult<SeckillView>.Of(live, parameters.Page));
    }
}
