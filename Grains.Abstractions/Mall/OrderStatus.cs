namespace Orleans.Grains.Mall;

/// <summary>Order statuses of the points mall: paid at once (gold), then shipped, done, or closed.</summary>
public enum OrderStatus
{
    /// <summary>待发货: paid, waiting to be shipped.</summary>
    Paid = 1,

    /// <summary>已发货.</summary>
    Shipped = 2,

    /// <summary>交易成功.</summary>
    Done = 3,

    /// <summary>已关闭: cancelled or closed; stock, quota and gold were given back.</summary>
    Closed = 4,
}
