using Orleans.Runtime;

namespace Orleans.Grains.Admin;

public sealed class AdminDirectoryGrain([PersistentState("state")] IPersistentState<AdminDirectoryState> state) : Grain, IAdminDirectoryGrain
{
    public async Task Add(string username)
    {
        if (state.State.Usernames.Add(username))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> List() =>
        Task.FromResult<IReadOnlyList<string>>(state.State.Usernames.Order(StringComparer.Ordinal).ToList());
}
