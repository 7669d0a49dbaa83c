using Orleans.Runtime;

namespace Orleans.Grains.Gateway;

public sealed class AppDirectoryGrain([PersistentState("state")] IPersistentState<AppDirectoryState> state) : Grain, IAppDirectoryGrain
{
    public async Task Add(string appId)
    {
        if (state.State.AppIds.Add(appId))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<bool> Reserve(string appId, int max)
    {
        if (state.State.AppIds.Contains(appId))
        {
            return true;
        }

        if (state.State.AppIds.Count >= max)
        {
            return false;
        }

        await Add(appId);
        return true;
    }

    public Task<IReadOnlyList<string>> List() =>
        Task.FromResult<IReadOnlyList<string>>(state.State.AppIds.Order(StringComparer.Ordinal).ToList());
}
