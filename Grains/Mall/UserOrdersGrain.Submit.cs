using Orleans.Grains.Identity;

namespace Orleans.Grains.Mall;

/// <summary>Mall order submission. Steps, each durable before the next: intent (pending), stock holds keyed by the
/// order_sn, gold debit keyed by the order_sn, the order, then the index. A crash anywhere is finished or undone on
/// the next activation by <see cref="ReconcileAsync"/>; every step is idempotent, so nothing is taken twice.</summary>
public sealed partial class UserOrdersGrain
{
    public async Task<OrderSubmitResult> Submit(OrderSubmission submission)
    {
        var userId = GetPrimaryKeyLong();
        if (S.Tokens.TryGetValue(submission.RequestToken, out var earlier))
        {
            var existing = await GrainFactory.GetGrain<IOrderGrain>(earlier).Get();
            return new OrderSubmitResult(OrderSubmitOutcome.Ok, earlier, existing?.TotalPrice ?? 0);
        }

        if (!await GrainFactory.GetGrain<IRequestTokenGrain>(userId).Consume(submission.RequestToken))
        {
            return new OrderSubmitResult(OrderSubmitOutcome.InvalidToken);
        }

        var lines = submission.Lines.GroupBy(l => (l.GoodsId, l.ProductId))
            .Select(g => new OrderRequestLine(g.Key.GoodsId, g.Key.ProductId, g.Sum(l => l.Quantity))).ToList();
        var goods = (await Task.WhenAll(lines.Select(l => l.GoodsId).Distinct().Select(id => GrainFactory.GetGrain<IGoodsGrain>(id).Get())))
            .OfType<GoodsInfo>().ToDictionary(g => g.GoodsId);
        var (orderLines, rejection) = Price(lines, goods);
        if (rejection is not null)
        {
            return rejection;
        }

        var orderSn = await _numbers!.NextAsync();
        S.Pending[orderSn] = new PendingSubmission(orderSn, lines, submission.RequestToken);
        await state.WriteStateAsync();
        try
        {
            return await CompleteAsync(submission, orderSn, orderLines);
        }
        catch
        {
            // Unknown how far it got: the next activation (a retry's, at the latest) finishes or undoes the pending
            // submission, after which a retry with the same request token gets the order instead of a spent token.
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task<OrderSubmitResult> CompleteAsync(OrderSubmission submission, string orderSn, List<OrderLine> orderLines)
    {
        var userId = GetPrimaryKeyLong();
        foreach (var line in orderLines)
        {
            if (!await GrainFactory.GetGrain<IProductStockGrain>(line.ProductId).SetHold(orderSn, line.Quantity))
            {
                await UndoAsync(S.Pending[orderSn], refund: false);
                return new OrderSubmitResult(OrderSubmitOutcome.OutOfStock, Detail: line.GoodsName);
            }
        }

        var total = orderLines.Sum(l => l.Price * l.Quantity);
        if (!(await GrainFactory.GetGrain<IWalletGrain>(userId).Debit(orderSn, total, "兑换商品", orderSn)).Applied)
        {
            await UndoAsync(S.Pending[orderSn], refund: false);
            return new OrderSubmitResult(OrderSubmitOutcome.NotEnoughGold);
        }

        await GrainFactory.GetGrain<IOrderGrain>(orderSn).Create(new OrderRecord(
            orderSn, userId, null, orderLines, total, OrderStatus.Paid, submission.Address, clock.GetUtcNow()));
        Finish(S.Pending[orderSn]);
        await state.WriteStateAsync();
        return new OrderSubmitResult(OrderSubmitOutcome.Ok, orderSn, total);
    }

    /// <summary>Prices the lines; a rejection when goods are off sale, a product is unknown or disabled, or a limit would be passed.</summary>
    private (List<OrderLine> Lines, OrderSubmitResult? Rejection) Price(List<OrderRequestLine> lines, Dictionary<long, GoodsInfo> goods)
    {
        var priced = new List<OrderLine>();
        foreach (var line in lines)
        {
            var product = goods.GetValueOrDefault(line.GoodsId) is { OnSale: true } g
                ? g.Products.FirstOrDefault(p => p.ProductId == line.ProductId && p.Enabled)
                : null;
            if (product is null)
            {
                return ([], new OrderSubmitResult(OrderSubmitOutcome.GoodsUnavailable, Detail: goods.GetValueOrDefault(line.GoodsId)?.Name ?? line.GoodsId.ToString()));
            }

            var info = goods[line.GoodsId];
            priced.Add(new OrderLine(info.GoodsId, product.ProductId, info.Name, product.SpecVal, info.Image, line.Quantity, product.SalesPrice, product.MarketPrice));
        }

        foreach (var perGoods in priced.GroupBy(l => l.GoodsId))
        {
            var limit = goods[perGoods.Key].LimitCount;
            if (limit > 0 && S.Purchased.GetValueOrDefault(perGoods.Key) + perGoods.Sum(l => l.Quantity) > limit)
            {
                return ([], new OrderSubmitResult(OrderSubmitOutcome.LimitReached, Detail: goods[perGoods.Key].Name));
            }
        }

        return (priced, null);
    }

    private void Finish(PendingSubmission pending)
    {
        S.Tokens[pending.RequestToken] = pending.OrderSn;
        if (S.Tokens.Count > options.Value.SubmissionTokensKept)
        {
            // A retry comes seconds after its request; only the newest submissions' tokens are worth a row rewritten
            // with every submission. Order numbers grow with time, so the smallest is the oldest.
            S.Tokens.Remove(S.Tokens.MinBy(t => t.Value, StringComparer.Ordinal).Key);
        }

        S.Counted[pending.OrderSn] = [.. pending.Lines];
        foreach (var line in pending.Lines)
        {
            S.Purchased[line.GoodsId] = S.Purchased.GetValueOrDefault(line.GoodsId) + line.Quantity;
        }

        S.Pending.Remove(pending.OrderSn);
    }

    private async Task UndoAsync(PendingSubmission pending, bool refund)
    {
        await Task.WhenAll(pending.Lines.Select(l => GrainFactory.GetGrain<IProductStockGrain>(l.ProductId).SetHold(pending.OrderSn, 0)));
        if (refund)
        {
            await GrainFactory.GetGrain<IWalletGrain>(GetPrimaryKeyLong()).Refund(pending.OrderSn, "下单未成功退还金币");
        }

        S.Pending.Remove(pending.OrderSn);
        await state.WriteStateAsync();
    }

    /// <summary>A submission a crash interrupted: kept if its order became durable, otherwise undone (stock and gold back).</summary>
    private async Task ReconcileAsync(PendingSubmission pending)
    {
        var order = await GrainFactory.GetGrain<IOrderGrain>(pending.OrderSn).Get();
        if (order is null)
        {
            await UndoAsync(pending, refund: true);
            return;
        }

        Finish(pending);
        if (order.Status == OrderStatus.Closed)
        {
            Uncount(pending.OrderSn);
        }

        await state.WriteStateAsync();
    }
}
