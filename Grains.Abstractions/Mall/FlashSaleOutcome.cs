namespace Orleans.Grains.Mall;

/// <summary>How a buy ended. Everything but Ok leaves stock, quota and gold as they were.</summary>
public enum FlashSaleOutcome
{
    Ok,
    NotFound,
    NotStarted,
    Ended,
    SoldOut,
    LimitReached,
    NotEnoughGold,
    InvalidToken,
    InvalidQuantity,
}
