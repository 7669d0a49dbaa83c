namespace Orleans.Grains.Mall;

/// <summary>Creating, changing and ending a sale, and giving back closed orders. The sale's quota is a hold on the
/// product's stock ("seckill:{id}"), always set to an absolute value so every step can be retried safely.</summary>
public sealed partial class FlashSaleGrain
{
    public async Task<FlashSaleChange> Create(FlashSaleDefinition definition)
    {
        if (S.Definition is not null)
        {
            return S.Definition == definition ? FlashSaleChange.Ok : FlashSaleChange.Invalid;
        }

        if (!IsValid(definition))
        {
            return FlashSaleChange.Invalid;
        }

        var stock = await GrainFactory.GetGrain<IProductStockGrain>(definition.ProductId).Get();
        var goods = stock.GoodsId == 0 ? null : await GrainFactory.GetGrain<IGoodsGrain>(stock.GoodsId).Get();
        var product = goods?.Products.FirstOrDefault(p => p.ProductId == definition.ProductId);
        if (goods is null || product is null || stock.Available < definition.Quota)
        {
            return FlashSaleChange.NotEnoughStock;
        }

        (S.Definition, S.GoodsId, S.GoodsName, S.SpecVal, S.GoodsImage, S.MarketPrice) =
            (definition, goods.GoodsId, goods.Name, product.SpecVal, goods.Image, product.MarketPrice);
        await _state.WriteStateAsync();
        if (!await EnsureQuotaAsync())
        {
            S.Definition = null;
            await _state.WriteStateAsync();
            return FlashSaleChange.NotEnoughStock;
        }

        await GrainFactory.GetGrain<IFlashSaleIndexGrain>("default").Add(Id);
        return FlashSaleChange.Ok;
    }

    public async Task<FlashSaleChange> Update(FlashSaleDefinition definition)
    {
        if (S.Definition is not { } current)
        {
            return FlashSaleChange.NotFound;
        }

        if (_clock.GetUtcNow() >= current.StartTime || S.Stopped)
        {
            return FlashSaleChange.AlreadyStarted;
        }

        if (!IsValid(definition) || definition.ProductId != current.ProductId)
        {
            return FlashSaleChange.Invalid;
        }

        if (!await GrainFactory.GetGrain<IProductStockGrain>(current.ProductId).SetHold(HoldKey, definition.Quota))
        {
            return FlashSaleChange.NotEnoughStock;
        }

        S.Definition = definition;
        await _state.WriteStateAsync();
        return FlashSaleChange.Ok;
    }

    public async Task<FlashSaleChange> Stop()
    {
        if (S.Definition is null)
        {
            return FlashSaleChange.NotFound;
        }

        if (!S.Stopped)
        {
            S.Stopped = true;
            await _state.WriteStateAsync();
        }

        await SettleIfOverAsync();
        return FlashSaleChange.Ok;
    }

    public async Task ReturnOrder(string orderSn)
    {
        if (!_bySn.TryGetValue(orderSn, out var order) || !order.Holds)
        {
            return;
        }

        Return(order);
        await FlushAsync();
        if (S.Settled)
        {
            await GrainFactory.GetGrain<IProductStockGrain>(S.Definition!.ProductId).SetHold(HoldKey, _sold);
        }
    }

    /// <summary>Once the sale is over, the hold shrinks to what was sold: unsold quota goes back to stock.</summary>
    private async Task SettleIfOverAsync()
    {
        if (S.Definition is not { } definition || (!S.Stopped && _clock.GetUtcNow() < definition.EndTime))
        {
            return;
        }

        if (!S.Settled)
        {
            S.Settled = true;
            await _state.WriteStateAsync();
        }

        await GrainFactory.GetGrain<IProductStockGrain>(definition.ProductId).SetHold(HoldKey, _sold);
    }

    /// <summary>Holds the quota in stock (creation's second step, repeated after a crash between the steps).</summary>
    private async Task<bool> EnsureQuotaAsync()
    {
        if (S.QuotaHeld || S.Definition is not { } definition)
        {
            return true;
        }

        if (!await GrainFactory.GetGrain<IProductStockGrain>(definition.ProductId).SetHold(HoldKey, definition.Quota))
        {
            return false;
        }

        S.QuotaHeld = true;
        await _state.WriteStateAsync();
        return true;
    }

    private static bool IsValid(FlashSaleDefinition d) =>
        d.Quota > 0 && d.Price > 0 && d.LimitPerUser >= 0 && d.EndTime > d.StartTime;
}
