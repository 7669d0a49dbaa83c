using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>seckill.buy: the hot path. One request token gives at most one order; a retry with the same token
/// answers the same order_sn. A sharded sale looks the same to clients: the router picks the buyer's shard.</summary>
public sealed class SeckillBuyHandler : ApiHandler<SeckillBuyParameters, OrderPlaced>
{
    private readonly SeckillShardRouter _router = new();

    public override string Method => "seckill.buy";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(SeckillBuyParameters parameters, ApiContext context)
    {
        var userId = context.RequireUserId();
        if (parameters.RequestToken is not { Length: > 0 and <= 64 })
        {
            throw ApiException.Parameter("request_token", "无效");
        }

        var address = await context.Grains.GetGrain<IAddressBookGrain>(userId).Get(parameters.AddressId)
            ?? throw ApiException.Business("收货地址不存在");
        var result = await _router.BuyAsync(context.Grains, parameters.SeckillId,
            new FlashSaleBuy(userId, parameters.Quantity, parameters.RequestToken, address.Fields));
        return result.Outcome == FlashSaleOutcome.Ok
            ? Ok("抢购成功", new OrderPlaced(result.OrderSn!, result.TotalPrice, (int)OrderStatus.Paid))
            : throw ApiException.Business(Message(result.Outcome));
    }

    private static string Message(FlashSaleOutcome outcome) => outcome switch
    {
        FlashSaleOutcome.NotFound => "秒杀活动不存在",
        FlashSaleOutcome.NotStarted => "秒杀尚未开始",
        FlashSaleOutcome.Ended => "秒杀已结束",
        FlashSaleOutcome.SoldOut => "商品已抢光",
        FlashSaleOutcome.LimitReached => "已达到每人限购数量",
        FlashSaleOutcome.NotEnoughGold => "金币不足",
        FlashSaleOutcome.InvalidToken => "请求令牌无效或已使用",
        _ => "购买数量不正确",
    };
}
