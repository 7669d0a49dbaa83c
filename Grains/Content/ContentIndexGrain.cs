using Orleans.Runtime;

namespace Orleans.Grains.Content;

public sealed class ContentIndexGrain([PersistentState("state")] IPersistentState<ContentIndexState> state) : Grain, IContentIndexGrain
{
    private HashSet<string> Keys => state.State.Keys;

    public async Task<bool> Add(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (Keys.Contains(key))
        {
            return true;
        }

        if (Keys.Count >= ContentIndex.MaxKeys)
        {
            return false;
        }

        Keys.Add(key);
        await SaveAsync();
        return true;
    }

    public async Task Remove(string key)
    {
        if (Keys.Remove(key))
        {
            await SaveAsync();
        }
    }

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>(Keys.Order(StringComparer.Ordinal).ToList());

    private async Task SaveAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory is now ahead of storage: drop this activation so the next call starts from what is durable.
            DeactivateOnIdle();
            throw;
        }
    }
}
