namespace Orleans.Grains.Gateway;

/// <summary>The ids of all registered appids (keyed "default"), for the admin listing. Each app grain adds itself
/// when it is saved.</summary>
public interface IAppDirectoryGrain : IGrainWithStringKey
{
    Task Add(string appId);

    /// <summary>Lists <paramref name="appId"/> unless that would make more than <paramref name="max"/> entries;
    /// true when it is listed (also when it already was). Checking and adding in one turn keeps the bound exact when
    /// creates race; an entry whose create then fails stays listed (lists skip it) and is reused by the next create.</summary>
    Task<bool> Reserve(string appId, int max);

    Task<IReadOnlyList<string>> List();
}
