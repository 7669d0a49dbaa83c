namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>The msg texts of seckill.buy's 503 rejections (issue 5), which decide what happens to a request token.</summary>
public static class SeckillMessages
{
    public const string SoldOut = "商品已抢光";
    public const string LimitReached = "已达到每人限购数量";
    public const string NotStarted = "秒杀尚未开始";
    public const string Ended = "秒杀已结束";
    public const string NotEnoughGold = "金币不足";
    public const string InvalidToken = "请求令牌无效或已使用";
    public const string NotFound = "秒杀活动不存在";
}
