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

    public async Task<bool> Reserve(string username, int max)
    {
        if (state.State.Usernames.Contains(username))
        {
            return true;
        }

        if (state.State.Usernames.Count >= max)
        {
            return false;
        }

        await Add(username);
        return true;
    }

    public Task<IReadOnlyList<string>> List() =>
        Task.FromResult<IReadOnlyList<string>>(state.State.Usernames.Order(StringComparer.Ordinal).ToList());
}
