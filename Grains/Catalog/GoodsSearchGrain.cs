using Orleans.Concurrency;
using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Catalog;

[Reentrant]
public sealed class GoodsSearchGrain(GoodsReadModel readModel, GoodsSalesReadModel salesModel, TimeProvider clock) : Grain, IGoodsSearchGrain
{
    public async Task<GoodsSearchResult> Search(GoodsSearch search)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(search.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.Limit, GoodsSearch.MaxLimit);

        var filters = new List<ReadModelFilter>();
        if (!search.IncludeUnlisted)
        {
            filters.Add(new("listed", ReadModelOperator.Equal, true));
        }

        if (search.Listed is { } listed)
        {
            filters.Add(new("listed", ReadModelOperator.Equal, listed));
        }

        if (search.CatIds is { } catIds)
        {
            filters.Add(new("cat_id", ReadModelOperator.In, catIds.ToArray()));
        }

        if (search.Keywords.Trim() is { Length: > 0 } keywords)
        {
            filters.Add(new("name", ReadModelOperator.Contains, keywords));
        }

        // Overlap of the goods's [min, max] with the wanted bounds: some product is priced within them.
        if (search.MinPrice is { } min)
        {
            filters.Add(new("max_price", ReadModelOperator.AtLeast, min));
        }

        if (search.MaxPrice is { } max)
        {
            filters.Add(new("min_price", ReadModelOperator.AtMost, max));
        }

        var page = await readModel.QueryAsync(new ReadModelQuery(filters, ReadModelSchema.KeyColumn, Descending: true, search.Offset, search.Limit));
        return new GoodsSearchResult(page.Rows, page.Total, await SalesOfAsync(page.Rows));
    }

    /// <summary>The sales counts of a page's goods: one query on the key of the sales table, no grain activated.
    /// Goods that never sold have no row and count 0.</summary>
    private async Task<IReadOnlyList<GoodsSales>> SalesOfAsync(IReadOnlyList<GoodsListing> goods)
    {
        if (goods.Count == 0)
        {
            return [];
        }

        var ids = goods.Select(g => g.GoodsId).ToArray();
        var rows = await salesModel.QueryAsync(new ReadModelQuery([new(ReadModelSchema.KeyColumn, ReadModelOperator.In, ids)], Limit: ids.Length));
        var now = clock.GetUtcNow();
        var byId = rows.Rows.ToDictionary(r => r.GoodsId, r => r.ToSales(now));
        return goods.Select(g => byId.GetValueOrDefault(g.GoodsId) ?? GoodsSales.None(g.GoodsId)).ToList();
    }
}
