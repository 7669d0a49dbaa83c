using Microsoft.Extensions.Logging;
using Orleans.Grains.ReadModels;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>Closing is two steps, each durable: the status change, then the give-backs (each idempotent by order_sn)
/// and the Compensated mark. A crash between them is finished on the next activation, so give-backs happen exactly once.
/// Every durable change is then projected to <see cref="OrderReadModel"/> for admin queries; activation heals a
/// projection that a crash or a database hiccup left behind.</summary>
public sealed partial class OrderGrain(
    [PersistentState("state")] IPersistentState<OrderState> state,
    TimeProvider clock,
    OrderReadModel readModel,
    ILogger<OrderGrain> logger) : Grain, IOrderGrain
{
    private bool _unlisted;

    private OrderRecord? Order => state.State.Order;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Order is { Status: OrderStatus.Closed } && !state.State.Compensated)
        {
            await CompensateAsync();
        }

        if (Order is { } order && ReadModel<OrderRecord>.StateVersion(state.Etag) is { } version)
        {
            await HealAsync(order, version, cancellationToken);
        }
    }

    public async Task<bool> Create(OrderRecord order)
    {
        if (Order is not null)
        {
            if (_unlisted)
            {
                await ListAsync();
            }

            return true;
        }

        if (state.State.Abandoned)
        {
            return false;
        }

        state.State.Order = order;
        state.State.CountsSales = true;
        await state.WriteStateAsync();
        await ReportSalesOnCreateAsync();
        await ListAsync();
        return true;
    }

    /// <summary>The orders read model is the buyer's order list, so Create answers only once the order is in it. When
    /// projecting fails, the order is durable but must not be acknowledged as is: Create throws, the caller fails the
    /// request and reconciles, and a repeated Create (in this activation or the next, which heals on activation)
    /// projects again before it answers.</summary>
    private async Task ListAsync()
    {
        _unlisted = !await ProjectAsync();
        if (_unlisted)
        {
            throw new InvalidOperationException($"Order {Order!.OrderSn} is saved but could not be listed yet.");
        }
    }

    public async Task<OrderRecord?> GetOrAbandon()
    {
        if (Order is null && !state.State.Abandoned)
        {
            state.State.Abandoned = true;
            await state.WriteStateAsync();
        }

        return Order;
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
        await WriteAndProjectAsync();
        if (Order.SeckillId is null)
        {
            await Task.WhenAll(Order.Lines.Select(l => GrainFactory.GetGrain<IProductStockGrain>(l.ProductId).Commit(Order.OrderSn)));
            await GrainFactory.GetGrain<IUserOrdersGrain>(Order.UserId).OrderDone(Order.OrderSn);
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
        await WriteAndProjectAsync();
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
        await WriteAndProjectAsync();
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
        await ReportSalesAsync(order);
        state.State.Compensated = true;
        await state.WriteStateAsync();
    }

    /// <summary>The state write decides; the projection follows. A failed projection is logged and healed by the next
    /// activation (the grain deactivates so that this comes soon), never reported as a failed order.</summary>
    private async Task WriteAndProjectAsync()
    {
        await state.WriteStateAsync();
        await ProjectAsync();
    }

    /// <summary>False when the row could not be written after a few tries; the next activation heals it.</summary>
    private async Task<bool> ProjectAsync()
    {
        if (await TryAsync(() => readModel.ProjectAsync(Order!, ReadModel<OrderRecord>.StateVersion(state.Etag)!.Value)) is not { } failure)
        {
            return true;
        }

        LogProjectionFailed(logger, failure, Order!.OrderSn);
        DeactivateOnIdle();
        return false;
    }

    /// <summary>Runs <paramref name="action"/> up to three times, 50 then 100 ms apart (a conflict with a second
    /// activation while silos disagree on owners, or a database hiccup, passes on the next try); answers the last
    /// failure, or null once it succeeded.</summary>
    private static async Task<Exception?> TryAsync(Func<Task> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action();
                return null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (attempt == 3)
                {
                    return exception;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderSn} was saved but not projected to the orders read model; the next activation retries.")]
    private static partial void LogProjectionFailed(ILogger logger, Exception exception, string orderSn);
}
