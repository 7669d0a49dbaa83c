namespace Orleans.Grains.Admin;

/// <summary>The usernames of all admin accounts (keyed "default"), for listings.</summary>
public interface IAdminDirectoryGrain : IGrainWithStringKey
{
    Task Add(string username);

    /// <summary>Lists <paramref name="username"/> unless that would make more than <paramref name="max"/> entries;
    /// true when it is listed (also when it already was). Checking and adding in one turn keeps the bound exact when
    /// creates race; an entry whose create then fails stays listed (lists skip it) and is reused by the next create.</summary>
    Task<bool> Reserve(string username, int max);

    Task<IReadOnlyList<string>> List();
}
