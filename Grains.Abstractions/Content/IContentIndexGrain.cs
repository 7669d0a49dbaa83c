namespace Orleans.Grains.Content;

/// <summary>The keys of one kind of content grain (<see cref="ContentIndex"/>: ad position codes, app upgrade keys), so
/// that admins can list what exists without a read model: these sets are small and always read whole. The content
/// grain adds its key before its first write and removes it after it is emptied, so the index may name a key whose
/// grain is empty (listers skip those) but never misses one that holds data.</summary>
public interface IContentIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds the key (no-op when present); false when the index is full.</summary>
    Task<bool> Add(string key);

    Task Remove(string key);

    /// <summary>Every key, in ordinal order.</summary>
    Task<IReadOnlyList<string>> List();
}
