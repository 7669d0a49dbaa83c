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
        S.Revision = 1;
        await SaveHeaderAsync();
        if (!await EnsureQuotaAsync())
        {
            S.Definition = null;
            await SaveHeaderAsync();
            return FlashSaleChange.NotEnoughStock;
        }

        await EnsureShardsAsync();
        await GrainFactory.GetGrain<IFlashSaleIndexGrain>("default").Add(Id);
        return FlashSaleChange.Ok;
    }

    public async Task<FlashSaleChange> Update(FlashSaleDefinition definition)
    {
        if (S.Definition is not { } current)
        {
            return FlashSaleChange.NotFound;
        }

        if (Clock.GetUtcNow() >= current.StartTime || S.Stopped)
        {
            return FlashSaleChange.AlreadyStarted;
        }

        if (!IsValid(definition) || definition.ProductId != current.ProductId || definition.Shards != current.Shards)
        {
            return FlashSaleChange.Invalid;
        }

        if (!await GrainFactory.GetGrain<IProductStockGrain>(current.ProductId).SetHold(HoldKey, definition.Quota))
        {
            return FlashSaleChange.NotEnoughStock;
        }

        S.Definition = definition;
        S.Revision++;
        await SaveHeaderAsync();
        await EnsureShardsAsync();
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
            S.Revision++;
            await SaveHeaderAsync();
        }

        await EnsureShardsAsync();
        await SettleIfOverAsync();
        return FlashSaleChange.Ok;
    }

    public async Task ReturnOrder(string orderSn)
    {
        if (S.Definition is null)
        {
            return;
        }

        if (Sharded)
        {
            await ReturnToShardAsync(orderSn);
        }
        else if (!await ReturnToBookAsync(orderSn))
        {
            return;
        }

        if (S.Settled)
        {
            await SyncHoldAsync();
        }
    }

    /// <summary>Once the sale is over, the hold shrinks to what was sold: unsold quota goes back to stock.</summary>
    private async Task SettleIfOverAsync()
    {
        if (S.Definition is not { } definition || (!S.Stopped && Clock.GetUtcNow() < definition.EndTime))
        {
            return;
        }

        if (!S.Settled)
        {
            S.Settled = true;
            await SaveHeaderAsync();
        }

        await SyncHoldAsync();
    }

    /// <summary>Sets the stock hold of a settled sale to the units sold (by this book, or by all shards).</summary>
    private Task SyncHoldAsync() => Sharded
        ? SyncShardedHoldAsync()
        : GrainFactory.GetGrain<IProductStockGrain>(S.Definition!.ProductId).SetHold(HoldKey, Sold);

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
        await SaveHeaderAsync();
        return true;
    }

    private static bool IsValid(FlashSaleDefinition d) =>
        d.Quota > 0 && d.Price > 0 && d.LimitPerUser >= 0 && d.EndTime > d.StartTime && d.Shards is >= 1 and <= FlashSaleShards.Max;
}
