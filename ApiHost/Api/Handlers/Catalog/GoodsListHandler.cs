using Orleans.Grains.Catalog;

namespace ApiHost.Api.Handlers.Catalog;

/// <summary>goods.list: goods on sale, newest first, 20 per page, filtered on the goods read model by category (with
/// its subcategories), name keywords and price range.</summary>
public sealed class GoodsListHandler : ApiHandler<GoodsListParameters, PagedResult<GoodsListView>>
{
    public const int MaxKeywordsLength = 50;

    /// <summary>Deepest page served; beyond it the list is empty (bounds the offset a client can ask for).</summary>
    public const int MaxPage = 100_000;

    public override string Method => "goods.list";

    protected override async Task<ApiResult> HandleAsync(GoodsListParameters p, ApiContext context)
    {
        if (p.Keywords.Length > MaxKeywordsLength)
        {
            throw ApiException.Parameter("keywords", $"不能超过 {MaxKeywordsLength} 个字符");
        }

        var min = PriceBound(p.StartPrice, "start_price", Math.Ceiling);
        var max = PriceBound(p.EndPrice, "end_price", Math.Floor);
        if (min > max)
        {
            throw ApiException.Parameter("start_price", "不能大于 end_price");
        }

        if (p.CatId < -1)
        {
            throw ApiException.Parameter("cat_id", "未选择分类时请传 -1");
        }

        var page = Math.Max(p.Page, 1);
        IReadOnlyList<long>? catIds = null;
        if (p.CatId > 0)
        {
            var all = await context.Grains.GetGrain<ICategoryTreeGrain>(CategoryTree.Key).List();
            catIds = CategoryTree.WithDescendants(all, CategoryType.Goods, p.CatId);
        }

        var search = new GoodsSearch(catIds, p.Keywords, min, max, Offset: (Math.Min(page, MaxPage + 1) - 1) * (long)PagedResult<GoodsListView>.PageSize,
            Limit: page > MaxPage ? 0 : PagedResult<GoodsListView>.PageSize);
        var found = await context.Grains.GetGrain<IGoodsSearchGrain>(0).Search(search);
        var total = (int)Math.Min(found.Total, int.MaxValue);
        return Ok("success", new PagedResult<GoodsListView>(
            found.Goods.Select((g, i) => GoodsListView.From(g, found.Sales[i])).ToList(),
            total,
            page,
            PagedResult<GoodsListView>.PageSize,
            (long)page * PagedResult<GoodsListView>.PageSize < found.Total));
    }

    /// <summary>-1 is "not set"; prices are whole gold coins, so a bound is rounded inwards.</summary>
    private static long? PriceBound(double value, string name, Func<double, double> round)
    {
        if (value == -1)
        {
            return null;
        }

        if (value < 0 || double.IsNaN(value) || value > int.MaxValue)
        {
            throw ApiException.Parameter(name, "应为 -1 或不小于 0 的价格");
        }

        return (long)round(value);
    }
}
