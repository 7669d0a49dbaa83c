namespace Orleans.Grains.Mall;

public enum FlashSaleChange
{
    Ok,
    NotFound,

    /// <summary>Only a sale that has not started may be updated.</summary>
    AlreadyStarted,

    /// <summary>The product does not exist or has not enough stock for the quota.</summary>
    NotEnoughStock,

    Invalid,
}
