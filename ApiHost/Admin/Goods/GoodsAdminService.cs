using ApiHost.Admin.Catalog;
using ApiHost.Admin.Http;
using ApiHost.Admin.Inputs;
using Orleans;
using Orleans.Grains.Catalog;
using Orleans.Grains.Mall;

namespace ApiHost.Admin.Goods;

/// <summary>The goods resource: binds REST input to <see cref="CatalogAdminService"/>, which checks everything before
/// writing; lists come from the goods read model, details and stock from the grains.</summary>
public sealed class GoodsAdminService(CatalogAdminService catalog, IGrainFactory grains)
{
    public const int MaxKeywords = 50;

    public async Task<(IReadOnlyList<GoodsListItem> Page, long Total)> ListAsync(IQueryCollection query, AdminPaging paging)
    {
        var keywords = AdminInput.QueryText(query, "keywords", MaxKeywords) ?? string.Empty;
        var onSale = AdminInput.QueryBool(query, "on_sale");
        IReadOnlyList<long>? catIds = null;
        if (AdminInput.QueryLong(query, "cat_id") is { } catId)
        {
            catIds = WithDescendants(await catalog.ListCategoriesAsync(), catId);
        }

        var found = await catalog.ListGoodsAsync(new GoodsSearch(
            catIds, keywords, IncludeUnlisted: true, Offset: (long)(paging.Page - 1) * paging.Limit, Limit: paging.Limit, Listed: onSale));
        return (found.Goods.Select((g, i) => GoodsListItem.From(g, found.Sales[i])).ToList(), found.Total);
    }

    public async Task<GoodsItem> GetAsync(long goodsId) => GoodsItem.From(await catalog.GetGoodsAsync(goodsId));

    public async Task<GoodsItem> CreateAsync(GoodsRequest request) =>
        await GetAsync((await catalog.CreateGoodsAsync(ToInput(request))).GoodsId);

    public async Task<GoodsItem> UpdateAsync(long goodsId, GoodsRequest request) =>
        await GetAsync((await catalog.UpdateGoodsAsync(goodsId, ToInput(request))).GoodsId);

    public async Task<GoodsItem> SetOnSaleAsync(long goodsId, GoodsSaleRequest request) =>
        await GetAsync((await catalog.SetOnSaleAsync(goodsId, request.OnSale)).GoodsId);

    public async Task<GoodsItem> SetImagesAsync(long goodsId, GoodsImagesRequest request) =>
        await GetAsync((await catalog.SetImagesAsync(goodsId, request.GoodsImage)).GoodsId);

    /// <summary>A stock delta for one product of this goods, through the stock grain (never an absolute overwrite).</summary>
    public async Task<StockAdjusted> AdjustStockAsync(long goodsId, StockAdjustRequest request)
    {
        var goods = await catalog.GetGoodsAsync(goodsId);
        if (goods.Goods.Products.All(p => p.ProductId != request.Productid))
        {
            throw CatalogException.NotFound("productid", $"no such product of goods {goodsId}");
        }

        var stock = await catalog.AdjustStockAsync(request.Productid, request.Delta, request.Reason, request.RequestId);
        return new StockAdjusted(goodsId, request.Productid, request.Delta, stock, request.RequestId);
    }

    /// <summary>The stock journal of the goods's products (or of one), newest first.</summary>
    public async Task<IReadOnlyList<StockJournalItem>> JournalAsync(long goodsId, IQueryCollection query)
    {
        var goods = await catalog.GetGoodsAsync(goodsId);
        var products = goods.Goods.Products.Select(p => p.ProductId).ToList();
        if (AdminInput.QueryLong(query, "productid") is { } productId)
        {
            products = products.Contains(productId) ? [productId] : throw CatalogException.NotFound("productid", $"no such product of goods {goodsId}");
        }

        var journals = await Task.WhenAll(products.Select(async id =>
            (await grains.GetGrain<IProductStockGrain>(id).Adjustments()).Select(a => (id, a))));
        return journals.SelectMany(j => j).OrderByDescending(x => x.a.At).Select(x => StockJournalItem.From(x.id, x.a)).ToList();
    }

    /// <summary>The goods category and all its subcategories, hidden ones included (admins see everything); empty
    /// when it is not a goods category, so the list is empty rather than unfiltered.</summary>
    private static List<long> WithDescendants(IReadOnlyList<CategoryInfo> all, long catId)
    {
        var goods = all.Where(c => c.CatType == CategoryType.Goods).ToList();
        if (goods.All(c => c.CatId != catId))
        {
            return [];
        }

        var children = goods.ToLookup(c => c.ParentId);
        var found = new List<long>();
        var pending = new Stack<long>([catId]);
        while (pending.TryPop(out var id))
        {
            found.Add(id);
            foreach (var child in children[id])
            {
                pending.Push(child.CatId);
            }
        }

        return found;
    }

    private static GoodsInput ToInput(GoodsRequest r)
    {
        for (var i = 0; i < r.Products.Count; i++)
        {
            if (r.Products[i] is null)
            {
                throw AdminException.Invalid($"products[{i}]", "must be an object");
            }
        }

        return new GoodsInput(
            r.GoodsName,
            r.CatId,
            r.OnSale,
            r.LimitCount,
            r.GoodsImg,
            r.GoodsImage ?? [],
            r.Description,
            r.Products.Select(p => new ProductInput(p.Productid, p.SpecVal, p.Skuid, p.MarketPrice, p.SalesPrice, p.Stock, p.Enabled)).ToList());
    }
}
