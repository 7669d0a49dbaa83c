namespace Bench.Alternatives.Store;

/// <summary>The answers of seckill.buy, as the product gives them (issue 5).</summary>
public enum BuyOutcome
{
    Ok,
    NotFound,
    NotStarted,
    Ended,
    SoldOut,
    LimitReached,
    NotEnoughGold,
}
