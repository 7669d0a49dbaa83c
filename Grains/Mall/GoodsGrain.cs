using Microsoft.Extensions.Logging;
using Orleans.Grains.Catalog;
using Orleans.Grains.ReadModels;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>A goods. After each durable write the goods is projected to <see cref="GoodsReadModel"/>; on activation
/// a projection missed by a crash (or a failed read-model write) is made up for.</summary>
public sealed partial class GoodsGrain(
    [PersistentState("state")] IPersistentState<GoodsState> state,
    GoodsReadModel readModel,
    ILogger<GoodsGrain> logger) : Grain, IGoodsGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ReadModel<GoodsListing>.StateVersion(state.Etag) is not { } version)
        {
            return;
        }

        try
        {
            var listing = state.State.Goods is { } goods ? GoodsReadModel.ToListing(goods) : null;
            if (await readModel.HealAsync(GetPrimaryKeyLong(), listing, version, cancellationToken))
            {
                LogHealed(logger, GetPrimaryKeyLong(), version);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The goods itself is fine; lists lag until the next activation tries again.
            LogProjectionFailed(logger, exception, GetPrimaryKeyLong());
        }
    }

    public Task<GoodsInfo?> Get() => Task.FromResult(state.State.Goods);

    public async Task Save(GoodsInfo goods)
    {
        if (goods.GoodsId != GetPrimaryKeyLong())
        {
            throw new ArgumentException("The goods id differs from the grain's key.", nameof(goods));
        }

        await WriteAsync(goods);
        await Task.WhenAll(goods.Products.Select(p => GrainFactory.GetGrain<IProductStockGrain>(p.ProductId).SetGoods(goods.GoodsId)));
    }

    public async Task<GoodsInfo?> SetOnSale(bool onSale)
    {
        if (state.State.Goods is not { } goods)
        {
            return null;
        }

        return goods.OnSale == onSale ? goods : await WriteAsync(goods with { OnSale = onSale });
    }

    public async Task<GoodsInfo?> SetImages(IReadOnlyList<string> images)
    {
        if (state.State.Goods is not { } goods)
        {
            return null;
        }

        return await WriteAsync(goods with { Images = [.. images], Image = images.Count > 0 ? images[0] : goods.Image });
    }

    private async Task<GoodsInfo> WriteAsync(GoodsInfo goods)
    {
        state.State.Goods = goods;
        await state.WriteStateAsync();
        try
        {
            await readModel.ProjectAsync(GoodsReadModel.ToListing(goods), ReadModel<GoodsListing>.StateVersion(state.Etag)!.Value);
        }
        catch (Exception exception)
        {
            // The change is durable and the answer stays true; the list heals when this grain activates again,
            // which deactivating now makes happen on the next call.
            LogProjectionFailed(logger, exception, goods.GoodsId);
            DeactivateOnIdle();
        }

        return goods;
    }

    [LoggerMessage(1, LogLevel.Warning, "Goods {GoodsId}: projecting to the read model failed; it will be retried on the next activation")]
    private static partial void LogProjectionFailed(ILogger logger, Exception exception, long goodsId);

    [LoggerMessage(2, LogLevel.Information, "Goods {GoodsId}: read model was behind; re-projected state version {Version}")]
    private static partial void LogHealed(ILogger logger, long goodsId, long version);
}
