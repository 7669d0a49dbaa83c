namespace Orleans.Grains.Gateway;

/// <summary>The ids of all registered appids (keyed "default"), for the admin listing. Each app grain adds itself
/// when it is saved.</summary>
public interface IAppDirectoryGrain : IGrainWithStringKey
{
    Task Add(string appId);

    Task<IReadOnlyList<string>> List();
}
