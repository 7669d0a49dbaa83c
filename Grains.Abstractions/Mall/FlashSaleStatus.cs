namespace Orleans.Grains.Mall;

public enum FlashSaleStatus
{
    NotCreated,
    Upcoming,
    Running,
    SoldOut,
    Ended,
    Stopped,
}
