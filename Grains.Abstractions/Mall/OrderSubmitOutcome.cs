namespace Orleans.Grains.Mall;

/// <summary>How an order submission ended; everything but Ok leaves stock and gold as they were.</summary>
public enum OrderSubmitOutcome
{
    Ok,
    InvalidToken,
    GoodsUnavailable,
    OutOfStock,
    LimitReached,
    NotEnoughGold,
}
