namespace Orleans.Grains.Admin;

/// <summary>The usernames of all admin accounts (keyed "default"), for listings.</summary>
public interface IAdminDirectoryGrain : IGrainWithStringKey
{
    Task Add(string username);

    Task<IReadOnlyList<string>> List();
}
