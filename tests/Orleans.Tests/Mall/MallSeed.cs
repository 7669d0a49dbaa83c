using Orleans.Grains.Identity;
using Orleans.Grains.Mall;

namespace Orleans.Tests.Mall;

/// <summary>Puts goods, stock, flash sales and gold in place through the grains' own methods, as an admin would.</summary>
public sealed class MallSeed(IGrainFactory grains)
{
    public static readonly AddressInput Address = new("张三", "18575202691", "广东省", "深圳市", "南山区", "粤海街道", "科技园 1 号");

    /// <summary>Single-spec goods <paramref name="goodsId"/> with product <paramref name="goodsId"/>*10 holding <paramref name="stock"/> units.</summary>
    public async Task<long> GoodsAsync(long goodsId, int stock, int price = 100, int limitCount = 0, bool onSale = true)
    {
        var productId = goodsId * 10;
        await grains.GetGrain<IGoodsGrain>(goodsId).Save(new GoodsInfo(
            goodsId, $"商品 {goodsId}", 1, onSale, limitCount, "/img/1.png", ["/img/1.png"], "描述",
            [new ProductInfo(productId, string.Empty, $"SKU{productId}", price * 2, price, true)]));
        if (stock > 0)
        {
            Assert.Equal(stock, await grains.GetGrain<IProductStockGrain>(productId).Adjust(stock, "入库"));
        }

        return productId;
    }

    public async Task<IFlashSaleGrain> SaleAsync(long saleId, long productId, int quota, int price, int limitPerUser, DateTimeOffset now)
    {
        var sale = grains.GetGrain<IFlashSaleGrain>(saleId);
        Assert.Equal(FlashSaleChange.Ok, await sale.Create(new FlashSaleDefinition(productId, quota, price, now.AddMinutes(-1), now.AddHours(1), limitPerUser)));
        return sale;
    }

    public Task<WalletResult> GoldAsync(long userId, int amount) =>
        grains.GetGrain<IWalletGrain>(userId).Credit($"test-credit:{userId}:{amount}", amount, "测试充值", null);

    public async Task<string> TokenAsync(long userId) => (await grains.GetGrain<IRequestTokenGrain>(userId).Issue(1))[0];

    public async Task<IReadOnlyList<string>> TokensAsync(long userId, int count)
    {
        var tokens = new List<string>();
        while (tokens.Count < count)
        {
            tokens.AddRange(await grains.GetGrain<IRequestTokenGrain>(userId).Issue(Math.Min(5, count - tokens.Count)));
        }

        return tokens;
    }
}
