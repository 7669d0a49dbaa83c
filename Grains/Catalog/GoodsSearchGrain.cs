using Orleans.Concurrency;
using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Catalog;

[Reentrant]
public sealed class GoodsSearchGrain(GoodsReadModel readModel) : Grain, IGoodsSearchGrain
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
        return new GoodsSearchResult(page.Rows, page.Total);
    }
}
