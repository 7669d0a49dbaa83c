using Orleans.Grains.Catalog;
using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Catalog;

/// <summary>goods.detail: one goods on sale from its grain, with each enabled product's live stock from its stock grain and the sales counts from the goods's sales grain.</summary>
public sealed class GoodsDetailHandler : ApiHandler<GoodsDetailParameters, GoodsDetailView>
{
    /// <summary>Album images shown: the document's "at most 5".</summary>
    public const int MaxImages = 5;

    public const string SingleProductKey = "single_product";

    public override string Method => "goods.detail";

    protected override async Task<ApiResult> HandleAsync(GoodsDetailParameters parameters, ApiContext context)
    {
        var goods = parameters.GoodsId > 0 ? await context.Grains.GetGrain<IGoodsGrain>(parameters.GoodsId).Get() : null;
        var products = goods?.Products.Where(p => p.Enabled).ToList() ?? [];
        if (goods is not { OnSale: true } || products.Count == 0)
        {
            throw ApiException.Business("商品不存在或已下架");
        }

        var stockTask = Task.WhenAll(products.Select(p => context.Grains.GetGrain<IProductStockGrain>(p.ProductId).Get()));
        var sales = await context.Grains.GetGrain<IGoodsSalesGrain>(goods.GoodsId).Get();
        var stock = await stockTask;
        var single = products is [{ SpecVal.Length: 0 }];
        var views = new Dictionary<string, ProductView>(StringComparer.Ordinal);
        var specNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < products.Count; i++)
        {
            var product = products[i];
            var pairs = SpecText.Parse(product.SpecVal) ?? [];
            foreach (var (name, value) in pairs)
            {
                var values = specNames.TryGetValue(name, out var known) ? known : specNames[name] = [];
                if (!values.Contains(value))
                {
                    values.Add(value);
                }
            }

            object arr = pairs.Count == 0 ? Array.Empty<object>() : pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            views[single ? SingleProductKey : product.SpecVal] = new ProductView(
                product.ProductId, product.MarketPrice, product.SalesPrice, stock[i].Available, product.SpecVal, product.Sku, arr);
        }

        return Ok("success", new GoodsDetailView(
            goods.GoodsId,
            goods.Name,
            products.Min(p => p.MarketPrice),
            products.Max(p => p.MarketPrice),
            products.Min(p => p.SalesPrice),
            products.Max(p => p.SalesPrice),
            goods.Image,
            sales.BuyCount,
            sales.MonthBuyCount,
            goods.LimitCount,
            goods.Description,
            views,
            specNames.Count == 0 ? Array.Empty<object>() : specNames,
            goods.Images.Take(MaxImages).ToList()));
    }
}
