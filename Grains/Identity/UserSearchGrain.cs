using Orleans.Concurrency;
using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Identity;

[Reentrant]
public sealed class UserSearchGrain(UserReadModel readModel) : Grain, IUserSearchGrain
{
    public async Task<UserSearchResult> Search(UserSearch search)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(search.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.Limit, UserSearch.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.Mobile.Length, UserSearch.MaxMobileLength);

        var filters = new List<ReadModelFilter>();
        if (search.Locked is { } locked)
        {
            filters.Add(new("locked", ReadModelOperator.Equal, locked));
        }

        if (search.Mobile.Length > 0)
        {
            filters.Add(new("mobile", ReadModelOperator.Contains, search.Mobile));
        }

        var page = await readModel.QueryAsync(new ReadModelQuery(filters, ReadModelSchema.KeyColumn, Descending: true, search.Offset, search.Limit));
        return new UserSearchResult(page.Rows, page.Total);
    }
}
