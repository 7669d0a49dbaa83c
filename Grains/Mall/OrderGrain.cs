using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>Closing is two steps, each durable: the status change, then the give-backs (each idempotent by order_sn)
/// and the Compensated mark. A crash between them is finished on the next activation, so give-backs happen exactly once.</summary>
public sealed class OrderGrain([PersistentState("state")] IPersistentState<OrderState> state, TimeProvider clock) : Grain, IOrderGrain
{
    private OrderRecord? Order => state.State.Order;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Order is { Status: OrderStatus.Closed } && !state.State.Compensated)
        {
            await CompensateAsync();
        }
    }

    public async Task Create(OrderRecord order)
    {
        if (Order is not null)
        {
            return;
        }

        state.State.Order = order;
        await state.WriteStateAsync();
    }

    public Task<OrderRecord?> Get() => Task.FromResult(Order);

    public Task<OrderActionResult> Cancel(long userId) =>
        Order?.UserId != userId ? Task.FromResult(OrderActionResult.NotFound) : CloseAsync(OrderStatus.Paid, "用户取消");

    public async Task<OrderActionResult> Confirm(long userId)
    {
        if (Order?.UserId != userId)
        {
            return OrderActionResult.NotFound;
        }

        if (Order.Status != OrderStatus.Shipped)
        {
            return OrderActionResult.WrongStatus;
        }

        state.State.Order = Order with { Status = OrderStatus.Done, DoneAt = clock.GetUtcNow() };
        await state.WriteStateAsync();
        if (Order.SeckillId is null)
        {
            await Task.WhenAll(Order.Lines.Select(l => GrainFactory.GetGrain<IProductStockGrain>(l.ProductId).Commit(Order.OrderSn)));
        }

        return OrderActionResult.Ok;
    }

    public async Task<OrderActionResult> Ship(string note)
    {
        if (Order is null)
        {
            return OrderActionResult.NotFound;
        }

        if (Order.Status != OrderStatus.Paid)
        {
            return OrderActionResult.WrongStatus;
        }

        state.State.Order = Order with { Status = OrderStatus.Shipped, ShippedAt = clock.GetUtcNow(), ShippingNote = note };
        await state.WriteStateAsync();
        return OrderActionResult.Ok;
    }

    public Task<OrderActionResult> Close(string reason) =>
        Order is null ? Task.FromResult(OrderActionResult.NotFound) : CloseAsync(Order.Status == OrderStatus.Shipped ? OrderStatus.Shipped : OrderStatus.Paid, reason);

    private async Task<OrderActionResult> CloseAsync(OrderStatus from, string reason)
    {
        if (Order!.Status != from)
        {
            return OrderActionResult.WrongStatus;
        }

        state.State.Order = Order with { Status = OrderStatus.Closed, ClosedAt = clock.GetUtcNow(), CloseReason = reason };
        await state.WriteStateAsync();
        await CompensateAsync();
        return OrderActionResult.Ok;
    }

    private async Task CompensateAsync()
    {
        var order = Order!;
        if (order.SeckillId is { } saleId)
        {
            await GrainFactory.GetGrain<IFlashSaleGrain>(saleId).ReturnOrder(order.OrderSn);
        }
        else
        {
            await Task.WhenAll(order.Lines.Select(l => GrainFactory.GetGrain<IProductStockGrain>(l.ProductId).SetHold(order.OrderSn, 0)));
            await GrainFactory.GetGrain<IUserOrdersGrain>(order.UserId).OrderClosed(order.OrderSn);
        }

        await GrainFactory.GetGrain<IWalletGrain>(order.UserId).Refund(order.OrderSn, "订单关闭退还金币");
        state.State.Compensated = true;
        await state.WriteStateAsync();
    }
}
