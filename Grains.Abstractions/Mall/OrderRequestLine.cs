namespace Orleans.Grains.Mall;

public sealed record OrderRequestLine(long GoodsId, long ProductId, int Quantity);
