using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>seckill.detail: one flash sale with its live remaining quota.</summary>
public sealed class SeckillDetailHandler : ApiHandler<SeckillIdParameters, SeckillView>
{
    public override string Method => "seckill.detail";

    protected override async Task<ApiResult> HandleAsync(SeckillIdParameters parameters, ApiContext context)
    {
        var sale = await context.Grains.GetGrain<IFlashSaleGrain>(parameters.SeckillId).Get()
            ?? throw ApiException.Business("秒杀活动不存在");
        var goods = await context.Grains.GetGrain<IGoodsGrain>(sale.GoodsId).Get();
        var marketPrice = goods?.Products.FirstOrDefault(p => p.ProductId == sale.ProductId)?.MarketPrice ?? 0;
        return Ok("success", SeckillView.From(sale, marketPrice));
    }
}
