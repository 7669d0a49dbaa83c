using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>Picks a product to put on sale when --product-id is absent: the first product of the first goods on
/// goods.list whose stock covers the quota.</summary>
public sealed class ProductFinder(RunContext context)
{
    private const int PagesSearched = 3;

    public async Task<long> FindAsync(int quota, CancellationToken cancellationToken)
    {
        var caller = context.Caller;
        var device = context.AnonymousDevice;
        (long Id, long Stock)? best = null;
        for (var page = 1; page <= PagesSearched; page++)
        {
            var list = await caller.CallAsync("goods.list", device, GoodsQueries.ListParameters(page), context.PrepareStats, abort: cancellationToken);
            if (!list.IsSuccess)
            {
                throw new LoadTestException($"goods.list answered {list} while looking for a product; pass --product-id");
            }

            var ids = GoodsQueries.GoodsIds(list);
            foreach (var goodsId in ids)
            {
                var detail = await caller.CallAsync("goods.detail", device, GoodsQueries.DetailParameters(goodsId), context.PrepareStats, abort: cancellationToken);
                foreach (var product in detail.IsSuccess ? GoodsQueries.Products(detail) : [])
                {
                    if (product.Stock >= quota)
                    {
                        return product.ProductId;
                    }

                    if (best is null || product.Stock > best.Value.Stock)
                    {
                        best = product;
                    }
                }
            }

            if (ids.Count == 0)
            {
                break;
            }
        }

        throw best is { } some
            ? new LoadTestException($"no product on sale has stock for --quota {quota:N0} (largest: product {some.Id} with {some.Stock:N0}); lower --quota or pass --product-id")
            : new LoadTestException("goods.list shows no product on sale; add goods through the admin API or pass --product-id");
    }
}
