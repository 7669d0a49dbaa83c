using Orleans.Grains.Identity;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>Buying: check and reserve in memory at once, then make it durable and charge, then create the order.</summary>
public abstract partial class FlashSaleQuotaGrain<TState>
{
    private readonly Dictionary<string, Task<FlashSaleBuyResult>> _inFlight = new(StringComparer.Ordinal);

    protected async Task<FlashSaleBuyResult> BuyFromBookAsync(FlashSaleBuy request)
    {
        if (S.Definition is not { } definition)
        {
            return new FlashSaleBuyResult(FlashSaleOutcome.NotFound);
        }

        var requestKey = $"{request.UserId}:{request.RequestToken}";
        while (true)
        {
            if (_inFlight.TryGetValue(requestKey, out var same))
            {
                return await same; // the same request sent again while the first is still being served
            }

            if (_byRequest.TryGetValue(requestKey, out var earlier) && earlier.Holds)
            {
                return new FlashSaleBuyResult(FlashSaleOutcome.Ok, earlier.OrderSn, earlier.Quantity * definition.Price);
            }

            if (Check(definition, request) is not { } rejection)
            {
                break;
            }

            // Short of quota but otherwise fine: a sharded book may get more from its peers. After that wait every
            // check runs again, as another turn may have served this request or taken the quota meanwhile.
            if (rejection == FlashSaleOutcome.SoldOut && CanBorrow && !WithinLimit(definition, request))
            {
                rejection = FlashSaleOutcome.LimitReached;
            }
            else if (rejection == FlashSaleOutcome.SoldOut && WithinLimit(definition, request) && await TryBorrowAsync(request))
            {
                continue;
            }

            Count(rejection);
            return new FlashSaleBuyResult(rejection);
        }

        // Reserved here, in the same piece of code as the checks: no other buy can slip in between.
        Hold(request.UserId, request.Quantity, +1);
        var buying = CompleteBuyAsync(definition, request, requestKey);
        if (!buying.IsCompleted)
        {
            _inFlight[requestKey] = buying;
        }

        return await buying;
    }

    private FlashSaleOutcome? Check(FlashSaleDefinition definition, FlashSaleBuy request)
    {
        var now = Clock.GetUtcNow();
        if (request.Quantity < 1 || request.Quantity > Options.MaxFlashSaleQuantity)
        {
            return FlashSaleOutcome.InvalidQuantity;
        }

        if (string.IsNullOrEmpty(request.RequestToken))
        {
            return FlashSaleOutcome.InvalidToken;
        }

        if (now < definition.StartTime)
        {
            return FlashSaleOutcome.NotStarted;
        }

        if (S.Stopped || now >= definition.EndTime)
        {
            return FlashSaleOutcome.Ended;
        }

        if (Capacity - _sold < request.Quantity)
        {
            return FlashSaleOutcome.SoldOut;
        }

        return WithinLimit(definition, request) ? null : FlashSaleOutcome.LimitReached;
    }

    private bool WithinLimit(FlashSaleDefinition definition, FlashSaleBuy request) =>
        definition.LimitPerUser <= 0 || _perUser.GetValueOrDefault(request.UserId) + request.Quantity <= definition.LimitPerUser;

    private async Task<FlashSaleBuyResult> CompleteBuyAsync(FlashSaleDefinition definition, FlashSaleBuy request, string requestKey)
    {
        SaleOrder? order = null;
        try
        {
            // The token and the order number do not depend on each other: ask for both at once (a number drawn for a
            // refused token is simply never used; numbers are unique, not gapless).
            var consumed = GrainFactory.GetGrain<IRequestTokenGrain>(request.UserId).Consume(request.RequestToken);
            var orderSn = await _numbers!.NextAsync();
            if (!await consumed)
            {
                Hold(request.UserId, request.Quantity, -1);
                Count(FlashSaleOutcome.InvalidToken);
                return new FlashSaleBuyResult(FlashSaleOutcome.InvalidToken);
            }

            order = Append(new FlashSaleLedgerEntry(orderSn, request.UserId, request.Quantity, requestKey, LedgerEntryState.Reserved));
            await FlushAsync();

            var total = definition.Price * request.Quantity;
            var debit = await GrainFactory.GetGrain<IWalletGrain>(request.UserId).Debit(orderSn, total, $"秒杀 {S.GoodsName}", orderSn);
            if (!debit.Applied)
            {
                Return(order);
                await FlushAsync();
                Count(FlashSaleOutcome.NotEnoughGold);
                return new FlashSaleBuyResult(FlashSaleOutcome.NotEnoughGold);
            }

            // Create answers once the order is durable and projected to the orders read model, which is the user's
            // order list: an acknowledged order is listed.
            if (!await GrainFactory.GetGrain<IOrderGrain>(orderSn).Create(NewOrder(definition, request, orderSn, total)))
            {
                // A newer activation of this book settled the reservation as unfinished and abandoned the order_sn:
                // give the gold back (once, keyed by order_sn, whoever gets there first) and stop serving.
                await GrainFactory.GetGrain<IWalletGrain>(request.UserId).Refund(orderSn, "秒杀未成交退还金币");
                throw new InconsistentStateException($"Order {orderSn} was abandoned by a newer activation of this flash sale.");
            }

            Confirm(order); // durable with the next flush; until then reconciliation would find the order anyway
            return new FlashSaleBuyResult(FlashSaleOutcome.Ok, orderSn, total);
        }
        catch
        {
            if (order is null)
            {
                Hold(request.UserId, request.Quantity, -1);
            }
            else
            {
                // Unknown how far it got: the next activation reconciles this reservation against the durable order.
                DeactivateOnIdle();
            }

            throw;
        }
        finally
        {
            _inFlight.Remove(requestKey);
        }
    }

    private OrderRecord NewOrder(FlashSaleDefinition definition, FlashSaleBuy request, string orderSn, int total) => new(
        orderSn,
        request.UserId,
        SaleId,
        [new OrderLine(S.GoodsId, definition.ProductId, S.GoodsName, S.SpecVal, S.GoodsImage, request.Quantity, definition.Price, S.MarketPrice)],
        total,
        OrderStatus.Paid,
        request.Address,
        Clock.GetUtcNow());

    private void Hold(long userId, int quantity, int sign)
    {
        _sold += sign * quantity;
        _perUser[userId] = _perUser.GetValueOrDefault(userId) + (sign * quantity);
    }

    private void Count(FlashSaleOutcome outcome)
    {
        var reason = outcome.ToString();
        S.Rejections[reason] = S.Rejections.GetValueOrDefault(reason) + 1;
    }
}
